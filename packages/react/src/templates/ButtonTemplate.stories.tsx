import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Button',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Good = variant('button', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Show a carousel' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Show a carousel (carousel)');
  const link = canvas.getByRole('link', { name: /Open the Kore.ai site/ });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

export const Empty = variant('button', 'empty', async ({ canvasElement }) => {
  await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
});

export const Long = variant('button', 'long', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getAllByRole('button', { name: /^Option/ })).toHaveLength(10);
  await userEvent.click(canvas.getByRole('button', { name: 'Show more (15)' }));
  await expect(canvas.getAllByRole('button', { name: /^Option/ })).toHaveLength(20);
});

export const RightToLeft = variant('button', 'rtl', async ({ canvasElement }) => {
  const button = within(canvasElement).getByRole('button', { name: 'نعم' });
  await expect(getComputedStyle(button).direction).toBe('rtl');
});

export const Hostile = variant('button', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await expect(within(canvasElement).queryAllByRole('link')).toHaveLength(0);
});
