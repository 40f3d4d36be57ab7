import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Quick replies',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

// The transcript shows the text; the chips (QuickReplyChips) are shown above the composer by the kit.
export const Good = variant('quick_replies', 'good', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('How was your day?')).toBeVisible();
  await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
});

export const Empty = variant('quick_replies', 'empty', async ({ canvasElement }) => {
  await expect(canvasElement.querySelector('.xo-part')).toBeEmptyDOMElement();
});

export const Long = variant('quick_replies', 'long', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText(/A rather long piece/)).toBeVisible();
  await userEvent.tab();
});

export const RightToLeft = variant('quick_replies', 'rtl', async ({ canvasElement }) => {
  await expect(getComputedStyle(within(canvasElement).getByText(/مرحبا/)).direction).toBe('rtl');
});

export const Hostile = variant('quick_replies', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await expect(canvasElement.textContent).toContain('<script>');
});
