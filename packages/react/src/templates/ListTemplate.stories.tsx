import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/List',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Good = variant('list', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'View more' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('View more (carousel)');
  await expect(canvas.getByRole('link', { name: /Classic T-shirt/ })).toHaveAttribute('target', '_blank');
});

export const Empty = variant('list', 'empty', async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-list-item')).toHaveLength(0);
});

export const Long = variant('list', 'long', async ({ canvasElement }) => {
  await expect(canvasElement.querySelectorAll('.xo-list-item')).toHaveLength(10);
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show more (50)' }));
  await expect(canvasElement.querySelectorAll('.xo-list-item')).toHaveLength(20);
});

export const RightToLeft = variant('list', 'rtl', async ({ canvasElement }) => {
  const item = canvasElement.querySelector('.xo-list-item');
  await expect(item && getComputedStyle(item).direction).toBe('rtl');
});

export const Hostile = variant('list', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
});
