import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Mini table',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Good = variant('mini_table', 'good', async ({ canvasElement }) => {
  await expect(within(canvasElement).getAllByRole('table')).toHaveLength(2);
});

export const Empty = variant('mini_table', 'empty', async ({ canvasElement }) => {
  await expect(within(canvasElement).queryAllByRole('table')).toHaveLength(0);
});

export const Long = variant('mini_table', 'long', async ({ canvasElement }) => {
  await expect(within(canvasElement).getAllByRole('table')).toHaveLength(12);
});

export const RightToLeft = variant('mini_table', 'rtl', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByRole('cell', { name: 'المستخدمون' })).toBeVisible();
});

export const Hostile = variant('mini_table', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await userEvent.tab();
});
