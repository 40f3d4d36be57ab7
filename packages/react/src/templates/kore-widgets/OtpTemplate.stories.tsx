import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/OTP', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

const otp = {
  template_type: 'otpValidationTemplate',
  title: 'Enter the code',
  description: 'We sent a 4 digit code to your phone',
  mobileNumber: '+44******0123',
  piiReductionChar: '#',
  pinLength: 4,
  otpButtons: [
    { title: 'Verify', type: 'submit' },
    { title: 'Send it again', type: 'resend', payload: 'resend' },
  ],
};

export const Normal: Story = {
  args: { payload: otp },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('One-time code', undefined, LOAD), '4821{Enter}');
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('**** (#4821#)');
  },
};

export const Resend: Story = {
  args: { payload: otp },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send it again' }, LOAD));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('Send it again (resend)');
  },
};

export const Long: Story = {
  args: { payload: { ...otp, pinLength: 8, description: 'Enter the eight digit code from the message we just sent, it stays valid for ten minutes. '.repeat(3) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByLabelText('One-time code', undefined, LOAD)).toHaveAttribute('maxlength', '8');
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'otpValidationTemplate' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Submit' }, LOAD));
    await expect(canvas.getByLabelText('One-time code')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const RightToLeft: Story = {
  args: { payload: { ...otp, title: 'أدخل الرمز', description: 'أرسلنا رمزًا إلى هاتفك', otpButtons: [] }, dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByLabelText('رمز لمرة واحدة', undefined, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: { payload: { ...otp, title: '<script>window.__xss=1</script>', description: '[x](javascript:alert(1))', pinLength: 'NaN', otpButtons: [null, { title: '<img src=x onerror=alert(1)>', type: 'resend' }] } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByLabelText('One-time code', undefined, LOAD);
    await expectSafe(canvasElement);
  },
};
