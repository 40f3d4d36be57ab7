import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { fixture, renderWidget, SCRIPT } from './test-widgets';

describe('resetPinTemplate', () => {
  it.each(['web3-resetPinTemplate-1', 'web1-resetPinTemplate-2'])('%s shows its title, both labels and its button', async (id) => {
    const payload = fixture(id);
    const { container } = await renderWidget(payload);
    expect(container).toHaveTextContent(String(payload.title));
    expect(container).toHaveTextContent(String(payload.description));
    expect(screen.getByLabelText(String(payload.enterPinTitle))).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText(String(payload.reEnterPinTitle))).toHaveAttribute('type', 'password');
    const button = (payload.resetButtons as { title: string }[])[0]!.title;
    expect(screen.getByRole('button', { name: button })).toBeInTheDocument();
    await expectAccessible(container);
  });

  it('shows the bot’s warning when the PINs differ, and sends nothing', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget(fixture('web3-resetPinTemplate-1'));
    await user.type(screen.getByLabelText('Enter your new PIN'), '1234');
    await user.type(screen.getByLabelText('Re-enter your PIN'), '4321{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Pin Miss match');
    expect(client.sent).toEqual([]);
    expect(screen.getByLabelText('Enter your new PIN')).toHaveFocus();
  });

  it('sends a matching PIN of pinLength digits wrapped in piiReductionChar, * per digit shown', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget(fixture('web1-resetPinTemplate-2'));
    await user.type(screen.getByLabelText('Enter your new PIN'), '12345');
    await user.type(screen.getByLabelText('Re-enter your PIN'), '123456');
    await user.click(screen.getByRole('button', { name: 'Get OTP' }));
    expect(client.sent).toEqual([{ text: '#12345#', renderMsg: '*****' }]);
  });

  it('asks for all the digits first', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget(fixture('web3-resetPinTemplate-1'));
    await user.type(screen.getByLabelText('Enter your new PIN'), '12{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the 4 digits.');
    expect(client.sent).toEqual([]);
  });

  it('shows hostile text as text', async () => {
    const { container } = await renderWidget({ template_type: 'resetPinTemplate', title: SCRIPT, enterPinTitle: SCRIPT, resetButtons: 'nope', pinLength: -3 });
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    expectNothingUnsafe(container);
  });
});
