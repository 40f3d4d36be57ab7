import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, HUGE, expectTexts, hostile, korePayload, renderKore, screen, stringsAt } from './test-kore';

describe('cardTemplate (Kore sample)', () => {
  it('shows every heading, description row and button', async () => {
    const payload = korePayload('web3-cardTemplate-1');
    const { container } = await renderKore(payload);
    const titles = stringsAt(payload, 'title').filter((t) => !t.endsWith('submitted successfully'));
    expectTexts(container, [...titles, ...stringsAt(payload, 'description')]);
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('xo-kl-card'))).toHaveLength(4);
    await expectAccessible(container);
  });

  it('buttons post their payload; a postback card posts default_action with its title as the bubble', async () => {
    const { client } = await renderKore(korePayload('web3-cardTemplate-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Show Transactions' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'It is a long established fact that a reading...' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'It is a long established postback' }));
    expect(client.sent).toEqual([
      { text: 'USER_DEFINED_PAYLOAD', renderMsg: 'Show Transactions' },
      { text: 'USER_DEFINED_PAYLOAD', renderMsg: 'Card One submitted successfully' },
      { text: 'USER_DEFINED_payload', renderMsg: 'Card 3 submitted successfully' },
    ]);
    // An "action" card's heading is plain text.
    expect(screen.queryByRole('button', { name: 'It is a long established action.' })).toBeNull();
  });

  it('a button with only a value posts the value; unsafe URLs and hostile text stay inert text', async () => {
    const payload = hostile(
      JSON.stringify({
        template_type: 'cardTemplate',
        cards: [
          { cardHeading: { title: EVIL, icon: 'javascript:alert(1)' }, buttons: [{ type: 'text', title: 'Yes', value: 'yes' }, { type: 'url', title: 'Bad', url: 'javascript:alert(1)' }] },
          { cardHeading: HUGE, cardDescription: [null, { title: HUGE }], type: 'postback', default_action: 'x' },
          'junk',
        ],
      }),
    );
    const { container, client } = await renderKore(payload);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(client.sent).toEqual([{ text: 'yes', renderMsg: 'Yes' }]);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toContain('<script>');
    expectNothingUnsafe(container);
  });
});
