import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';
import { expectRtl, koreStory } from './story-kit';
import { advancedList as s } from './story-samples';

const meta = { title: 'Templates/Kore/Advanced list', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Normal = koreStory(s.normal, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Open' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Details: Savings' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Transfer' }));
  await userEvent.click(canvas.getByRole('checkbox', { name: 'Large payment' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Open (OPEN_EVERYDAY)Transfer (TRANSFER)Save: large (Save: large)');
  await expect(canvas.getByRole('link', { name: /Terms/ })).toHaveAttribute('href', 'https://example.com/terms');
});

export const Long = koreStory(s.long, async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(3);
  await userEvent.click(canvas.getByRole('button', { name: 'See all' }));
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(30);
});

export const Empty = koreStory(s.empty, async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('Nothing here')).toBeVisible();
  await expect(canvasElement.querySelectorAll('.xo-kl-item')).toHaveLength(0);
});

export const RightToLeft = koreStory(
  s.rtl,
  async ({ canvasElement }) => {
    await expectRtl(canvasElement);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'التفاصيل: التوفير' }));
    await expect(within(canvasElement).getByText('الفائدة ٣٪')).toBeVisible();
  },
  'rtl',
);

export const Hostile = koreStory(s.hostile, async ({ canvasElement }) => {
  await expect(canvasElement.textContent).toContain('<script>');
  await expectSafe(canvasElement);
});
