import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { listWidget as s } from './story-samples';

const meta = { title: 'Templates/Kore/List widget', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Rent' }));
  await userEvent.click(canvas.getAllByRole('button', { name: 'More actions' })[0]!);
  await userEvent.click(canvas.getByRole('button', { name: 'Dispute' }));
  await expect(canvas.getByText('Account ****8455')).toBeVisible();
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Rent (RENT)Dispute (DISPUTE)');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(25);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(0);
});

export const RightToLeft = koreStory(s.rtl, async ({ canvasElement }) => expectRtl(canvasElement), 'rtl');

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
