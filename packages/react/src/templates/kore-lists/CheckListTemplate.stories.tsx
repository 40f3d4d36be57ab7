import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { checkList as s } from './story-samples';

const meta = { title: 'Templates/Kore/Checklist', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Details: First week' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Laptop' }));
  await userEvent.click(canvas.getByRole('button', { name: 'First week' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Laptop (LAPTOP)First week (WEEK1)');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show more (7)' }));
  await expect(canvasElement.querySelectorAll('.xo-kl-progress')).toHaveLength(10);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-card')).toHaveLength(0);
});

export const RightToLeft = koreStory(
  s.rtl,
  async ({ canvasElement }) => {
    await expectRtl(canvasElement);
    await expect(within(canvasElement).getByRole('button', { name: 'التفاصيل: الأسبوع الأول' })).toBeVisible();
  },
  'rtl',
);

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
