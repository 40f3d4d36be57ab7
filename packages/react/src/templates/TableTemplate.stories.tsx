import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Table',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Good = variant('table', 'good', async ({ canvasElement }) => {
  const table = within(canvasElement).getByRole('table', { name: 'Your recent orders' });
  await expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
});

export const Empty = variant('table', 'empty', async ({ canvasElement }) => {
  await expect(within(canvasElement).queryByRole('table')).toBeNull();
  await expect(within(canvasElement).getByText('Nothing yet')).toBeVisible();
});

export const Long = variant('table', 'long', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getAllByRole('row')).toHaveLength(51);
  await userEvent.click(canvas.getByRole('button', { name: 'Show more rows (70)' }));
  await expect(canvas.getAllByRole('row')).toHaveLength(101);
});

export const RightToLeft = variant('table', 'rtl', async ({ canvasElement }) => {
  const header = within(canvasElement).getByRole('columnheader', { name: 'الاسم' });
  await expect(getComputedStyle(header).direction).toBe('rtl');
});

export const Hostile = variant('table', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
});
