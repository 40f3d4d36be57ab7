import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { search as s } from './story-samples';

const meta = { title: 'Templates/Kore/Search results', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText('Hold the reset button for ten seconds.')).toBeVisible();
  await expect(canvas.getByRole('link', { name: /Router guide/ })).toHaveAttribute('href', 'https://example.com/reset');
  await expect(canvasElement.querySelectorAll('mark')).toHaveLength(2);
  await expect(canvasElement.textContent).toContain('your router & modem');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show more (9)' }));
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(12);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(0);
});

export const RightToLeft = koreStory(s.rtl, async ({ canvasElement }) => expectRtl(canvasElement), 'rtl');

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => {
  await expect(canvasElement.querySelector('a')).toBeNull();
  await expectSafe(canvasElement);
});
