import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, hostile, korePayload, renderKore, screen } from './test-kore';

describe('taskPickerTemplate (Kore sample)', () => {
  it('lists every task under the heading', async () => {
    const { container } = await renderKore(korePayload('web3-taskPickerTemplate-1'));
    const list = screen.getByRole('list', { name: 'Choose Task' });
    expect([...list.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Get balance', 'Change Password', 'Pay Bill', 'Setup Balance Alert']);
    await expectAccessible(container);
  });

  it('a task posts postback.value with postback.title as the bubble, once', async () => {
    const user = userEvent.setup();
    const { client } = await renderKore(korePayload('web3-taskPickerTemplate-1'));
    screen.getByRole('button', { name: 'Pay Bill' }).focus();
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: 'leaveintent', renderMsg: 'Pay the bill' }]);
    expect(screen.getByRole('button', { name: 'Get balance' })).toBeDisabled();
  });

  it('is disabled when replayed from history, has a default heading, and survives junk', async () => {
    await renderKore(korePayload('web3-taskPickerTemplate-1'), { message: { fromHistory: true } });
    expect(screen.getByRole('button', { name: 'Pay Bill' })).toBeDisabled();
    const { container } = await renderKore(hostile(`{"template_type":"taskPickerTemplate","tasks":[{"title":${JSON.stringify(EVIL)},"icon":"javascript:1","postback":"x"},{"__proto__":{"postback":{"value":"p"}}},3]}`));
    expect(screen.getByText('Choose a task')).toBeInTheDocument();
    expect(container.textContent).toContain('<script>');
    expectNothingUnsafe(container);
  });
});
