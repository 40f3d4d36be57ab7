import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { fixture, HUGE, renderWidget, SCRIPT } from './test-widgets';

describe('otpValidationTemplate', () => {
  it.each(['web3-otpValidationTemplate-1', 'web1-otpValidationTemplate-2'])('%s shows every text of Kore’s sample', async (id) => {
    const payload = fixture(id);
    const { container } = await renderWidget(payload);
    for (const key of ['title', 'description', 'mobileNumber']) expect(container).toHaveTextContent(String(payload[key]));
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend OTP' })).toBeInTheDocument();
    await expectAccessible(container);
  });

  it('takes a masked code of pinLength digits and sends it wrapped in piiReductionChar, * per digit shown', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget(fixture('web3-otpValidationTemplate-1'));
    const input = screen.getByLabelText('One-time code');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await user.click(input);
    await user.keyboard('12a3456');
    expect(input).toHaveValue('1234');
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: '#1234#', renderMsg: '****' }]);
    expect(screen.getByRole('button', { name: 'Sent' })).toBeDisabled();
  });

  it('refuses a short code and says how many digits', async () => {
    const { client } = await renderWidget(fixture('web3-otpValidationTemplate-1'));
    fireEvent.change(screen.getByLabelText('One-time code'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(client.sent).toEqual([]);
    expect(screen.getByLabelText('One-time code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('One-time code')).toHaveAccessibleDescription('Enter the 4 digits.');
  });

  it('resend sends the button’s payload, or its title when it has none (the web1 sample)', async () => {
    const first = await renderWidget(fixture('web3-otpValidationTemplate-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Resend OTP' }));
    expect(first.client.sent).toEqual([{ text: 'resend', renderMsg: 'Resend OTP' }]);
    first.unmount();
    const second = await renderWidget(fixture('web1-otpValidationTemplate-2'));
    fireEvent.click(screen.getByRole('button', { name: 'Resend OTP' }));
    expect(second.client.sent).toEqual([{ text: 'Resend OTP', renderMsg: 'Resend OTP' }]);
  });

  it('shows the optional mobileDesc and resendText', async () => {
    const { container } = await renderWidget({ ...fixture('web3-otpValidationTemplate-1'), mobileDesc: 'Sent by SMS', resendText: 'No code yet?' });
    expect(container).toHaveTextContent('Sent by SMS');
    expect(container).toHaveTextContent('No code yet?');
  });

  it('keeps odd pinLength values sane and hostile text as text', async () => {
    const { container } = await renderWidget({ template_type: 'otpValidationTemplate', title: SCRIPT, description: HUGE, pinLength: 1e9, piiReductionChar: SCRIPT, otpButtons: [null, 'x', { title: SCRIPT, type: 'resend', payload: { a: 1 } }] });
    expect(screen.getByLabelText('One-time code')).toHaveAttribute('maxlength', '4');
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    expectNothingUnsafe(container);
  });
});
