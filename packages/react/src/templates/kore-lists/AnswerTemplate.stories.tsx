import type { Meta } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { answer as s } from './story-samples';

const meta = { title: 'Templates/Kore/Answer', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('list', { name: 'Sources' }).querySelectorAll('a')).toHaveLength(2);
  await expect(canvas.getByText('Answered by AI')).toBeVisible();
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('sup')).toHaveLength(15);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(canvasElement.querySelector('.xo-kl')).toBeEmptyDOMElement();
});

export const RightToLeft = koreStory(
  s.rtl,
  async ({ canvasElement }) => {
    await expectRtl(canvasElement);
    await expect(within(canvasElement).getByText('إجابة من الذكاء الاصطناعي')).toBeVisible();
  },
  'rtl',
);

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
