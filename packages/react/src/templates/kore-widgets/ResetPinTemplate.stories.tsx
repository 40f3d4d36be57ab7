import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Reset PIN', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

const reset = {
  template_type: 'resetPinTemplate',
  title: 'Change your card PIN',
  enterPinTitle: 'New PIN',
  reEnterPinTitle: 'New PIN again',
  warningMessage: 'Those two PINs differ',
  piiReductionChar: '#',
  pinLength: 4,
  resetButtons: [{ title: 'Change PIN' }],
};

export const Normal: Story = {
  args: { payload: reset },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('New PIN', undefined, LOAD), '2468');
    await userEvent.type(canvas.getByLabelText('New PIN again'), '2468');
    await userEvent.click(canvas.getByRole('button', { name: 'Change PIN' }));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('**** (#2468#)');
  },
};

export const Mismatch: Story = {
  args: { payload: reset },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('New PIN', undefined, LOAD), '2468');
    await userEvent.type(canvas.getByLabelText('New PIN again'), '1357{Enter}');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Those two PINs differ');
  },
};

export const Long: Story = {
  args: { payload: { ...reset, pinLength: 6, title: 'Choose a new six digit PIN that you have not used before for this card '.repeat(3) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByLabelText('New PIN', undefined, LOAD)).toHaveAttribute('maxlength', '6');
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'resetPinTemplate' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Submit' }, LOAD));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Enter the 4 digits.');
  },
};

export const RightToLeft: Story = {
  args: { payload: { template_type: 'resetPinTemplate', title: 'تغيير الرقم السري' }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByLabelText('أعد إدخال الرقم السري', undefined, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: { payload: { ...reset, title: '<script>window.__xss=1</script>', description: '[x](javascript:alert(1))', warningMessage: '<img src=x onerror=alert(1)>', resetButtons: 'x' } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByLabelText('New PIN', undefined, LOAD);
    await expectSafe(canvasElement);
  },
};
