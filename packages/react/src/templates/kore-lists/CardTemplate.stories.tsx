import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { card as s } from './story-samples';

const meta = { title: 'Templates/Kore/Card', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Check in' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Hotel' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Check in (CHECKIN)Hotel chosen (HOTEL)');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-card')).toHaveLength(12);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-card')).toHaveLength(0);
});

export const RightToLeft = koreStory(
  s.rtl,
  async ({ canvasElement }) => {
    await expectRtl(canvasElement);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'تسجيل الوصول' }));
  },
  'rtl',
);

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
