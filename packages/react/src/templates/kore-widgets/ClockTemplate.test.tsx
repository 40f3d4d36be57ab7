import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { toKoreTime } from './ClockTemplate';
import { fixture, renderWidget, SCRIPT } from './test-widgets';

describe('clockTemplate', () => {
  it('shows Kore’s sample and sends the time as hh:mm AM/PM, once', async () => {
    const payload = fixture('web3-clockTemplate-1');
    const { container, client } = await renderWidget(payload);
    expect(container).toHaveTextContent(String(payload.title));
    expect(container).toHaveTextContent(String(payload.text));
    const input = screen.getByLabelText(String(payload.title));
    expect(input).toHaveAttribute('type', 'time');
    fireEvent.change(input, { target: { value: '21:05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([{ text: '09:05 PM' }]);
    expect(screen.getByRole('button', { name: 'Sent' })).toBeDisabled();
    expect(input).toBeDisabled();
    await expectAccessible(container);
  });

  it('writes midnight and noon as Kore does', () => {
    expect([toKoreTime('00:00'), toKoreTime('12:30'), toKoreTime('09:07'), toKoreTime('23:59')]).toEqual([
      '12:00 AM',
      '12:30 PM',
      '09:07 AM',
      '11:59 PM',
    ]);
  });

  it('asks for a time before sending, by keyboard', async () => {
    const user = userEvent.setup();
    const { client } = await renderWidget({ template_type: 'clockTemplate' });
    await user.tab();
    expect(screen.getByLabelText('Choose a time')).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Choose a time.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a time')).toHaveAttribute('aria-invalid', 'true');
    expect(client.sent).toEqual([]);
  });

  it('is disabled from history', async () => {
    await renderWidget(fixture('web3-clockTemplate-1'), { message: { fromHistory: true } });
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeDisabled();
  });

  it('shows hostile text as text', async () => {
    const { container } = await renderWidget({ template_type: 'clockTemplate', title: SCRIPT, text: '[x](javascript:alert(1))', ['__proto__' as string]: { polluted: true } });
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    expectNothingUnsafe(container);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
