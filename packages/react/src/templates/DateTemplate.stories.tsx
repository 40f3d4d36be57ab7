import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Date picker',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Good = variant('dateTemplate', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const input = canvas.getByLabelText('Pick a date', { selector: 'input' });
  await expect(input).toHaveAttribute('min', '2025-01-01');
  await userEvent.type(input, '2027-07-07');
  await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('2027-07-07');
});

export const Empty = variant('dateTemplate', 'empty', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
  await expect(canvas.getByText('Choose a date.')).toBeVisible();
});

export const Long = variant('dateTemplate', 'long', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('Sent as MM-DD-YYYY')).toBeVisible();
});

export const RightToLeft = variant('dateTemplate', 'rtl', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('يُرسل بالتنسيق DD-MM-YYYY')).toBeVisible();
});

export const Hostile = variant('dateTemplate', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await expect(within(canvasElement).getByText('Sent as DD-MM-YYYY')).toBeVisible(); // Kore's default for an unreadable format
});

export const Range = variant('daterange', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('From'), '2026-03-04');
  await userEvent.type(canvas.getByLabelText('To'), '2026-03-09');
  await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('04-03-2026 to 09-03-2026');
});

export const RangeEmpty = variant('daterange', 'empty', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByLabelText('To')).toHaveAttribute('type', 'date');
});

export const RangeLong = variant('daterange', 'long', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('Sent as YYYY/MM/DD')).toBeVisible();
});

export const RangeRightToLeft = variant('daterange', 'rtl', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByLabelText('من')).toBeEnabled();
});

export const RangeHostile = variant('daterange', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await expect(within(canvasElement).getByLabelText('From')).not.toHaveAttribute('min');
});
