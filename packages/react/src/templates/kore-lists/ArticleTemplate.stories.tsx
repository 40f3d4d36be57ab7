import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { article as s } from './story-samples';

const meta = { title: 'Templates/Kore/Article', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const title = canvas.getByRole('button', { name: 'Details: Article 1' });
  await userEvent.click(title);
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  await userEvent.click(canvas.getAllByRole('button', { name: 'Show Article' })[0]!);
  await userEvent.click(canvas.getByRole('button', { name: 'All articles' }));
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(3);
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Show Article (ARTICLE_1)');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-clamp')).toHaveLength(20);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(0);
});

export const RightToLeft = koreStory(s.rtl, async ({ canvasElement }) => expectRtl(canvasElement), 'rtl');

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => expectSafe(canvasElement));
