import userEvent from '@testing-library/user-event';
import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, hostile, korePayload, renderKore, screen } from './test-kore';

describe('custom_table (Kore samples)', () => {
  it.each([
    ['web3-custom-table-1', 'https://www.kore.ai'],
    ['web1-custom-table-2', 'https://www.google.com'],
  ])('%s is a captioned table with aligned headers; 5 rows, then the rest', async (id, url) => {
    const { container } = await renderKore(korePayload(id));
    const table = screen.getByRole('table', { name: 'Account details' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Sl', 'Name', 'Designation', 'Salary']);
    expect(within(table).getAllByRole('columnheader')[3]).toHaveStyle({ textAlign: 'end' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getAllByRole('link', { name: /Producer/ })[0]).toHaveAttribute('href', url);
    fireEvent.click(screen.getByRole('button', { name: 'Show more rows (1)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(table).toHaveTextContent('6NickDoP (opens in a new tab)1500');
    await expectAccessible(container);
  });

  it('a postback cell posts its payload with the cell value as the bubble, from the keyboard', async () => {
    const user = userEvent.setup();
    const { client } = await renderKore(korePayload('web3-custom-table-1'));
    screen.getAllByRole('button', { name: '2000' })[0]!.focus();
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: 'id1', renderMsg: '2000' }]);
  });

  it('survives hostile content', async () => {
    const { container } = await renderKore(
      hostile(`{"template_type":"custom_table","text":${JSON.stringify(EVIL)},"columns":"x","elements":[{"Values":[["a","button",{"type":"web_url","url":"javascript:alert(1)"}],[${JSON.stringify(EVIL)},"text"],null,{"__proto__":1}]},"junk",{"Values":7}]}`),
    );
    expect(container.textContent).toContain('<script>');
    expect(container.querySelector('a')).toBeNull();
    expectNothingUnsafe(container);
  });
});
