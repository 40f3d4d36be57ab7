import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, variant, withFakeClient } from './story-helpers';

const meta = {
  title: 'Templates/Form',
  component: TemplateHarness,
  decorators: [withFakeClient],
} satisfies Meta<typeof TemplateHarness>;
export default meta;

export const Good = variant('form_template', 'good', async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Ok' }));
  await expect(canvas.getByLabelText(/Name/)).toHaveAccessibleDescription('Name is required.');
  await userEvent.type(canvas.getByLabelText(/Name/), 'Ada');
  await userEvent.type(canvas.getByLabelText(/Password/), 'hunter2');
  await userEvent.click(canvas.getByRole('button', { name: 'Ok' }));
  await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Password: ••••••');
  await expect(canvas.getByRole('list', { name: 'Sent' })).not.toHaveTextContent('Password: hunter2');
  await expect(canvas.getByRole('button', { name: 'Sent' })).toBeDisabled();
});

export const Empty = variant('form_template', 'empty', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('Nothing to fill in')).toBeVisible();
});

export const Long = variant('form_template', 'long', async ({ canvasElement }) => {
  await expect(within(canvasElement).getAllByRole('textbox')).toHaveLength(8);
});

export const RightToLeft = variant('form_template', 'rtl', async ({ canvasElement }) => {
  await expect(getComputedStyle(within(canvasElement).getByLabelText(/الاسم/)).direction).toBe('rtl');
});

export const Hostile = variant('form_template', 'hostile', async ({ canvasElement }) => {
  await expectSafe(canvasElement);
  await expect(within(canvasElement).getByRole('textbox')).toHaveAttribute('type', 'text');
});
