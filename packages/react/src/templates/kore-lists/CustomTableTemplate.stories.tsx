import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { customTable as s } from './story-samples';

const meta = { title: 'Templates/Kore/Custom table', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: '20' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('20 (ORDER_2)');
  await expect(canvas.getAllByRole('link', { name: /Order/ })[0]).toHaveAttribute('href', 'https://example.com/o');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getAllByRole('row')).toHaveLength(6);
  await userEvent.click(canvas.getByRole('button', { name: 'Show more rows (35)' }));
  await expect(canvas.getAllByRole('row')).toHaveLength(41);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(within(canvasElement).queryByRole('table')).toBeNull();
});

export const RightToLeft = koreStory(s.rtl, async ({ canvasElement }) => expectRtl(canvasElement), 'rtl');

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
