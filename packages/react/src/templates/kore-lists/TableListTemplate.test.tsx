import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, expectTexts, hostile, korePayload, renderKore, screen, stringsAt } from './test-kore';

const ID = 'web3-tableList-1';

describe('tableList (Kore sample)', () => {
  it('shows the header, section, every row title, subtitle, value and image', async () => {
    const payload = korePayload(ID);
    const { container } = await renderKore(payload);
    expectTexts(container, ['Marvel Worldwide Inc.', 'Comics', 'It is a story book', ...stringsAt(payload, 'title'), ...stringsAt(payload, 'subtitle'), '$ 7,000,000', '$ 10,000,000', '$ 5,000,000']);
    expect(container.querySelectorAll('img')).toHaveLength(4);
    expect(screen.getByRole('region', { name: 'Marvel Comics' })).toBeInTheDocument();
    await expectAccessible(container);
  });

  it('link titles and values open their links; a text title opens the row default_action', async () => {
    await renderKore(korePayload(ID));
    expect(screen.getAllByRole('link', { name: /Captain Marvel/ }).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.facebook.com',
      'https://www.marvel.com/movies/captain-marvel',
    ]);
    expect(screen.getByRole('link', { name: /energy/ })).toHaveAttribute('href', 'https://www.marvel.com/movies/captain-marvel');
    expect(screen.getByRole('link', { name: /Iron Man/ })).toHaveAttribute('href', 'https://www.marvel.com/comics/characters/1009368/iron_man');
  });

  it('a postback default_action posts payload with the title as the bubble; hostile content stays inert', async () => {
    const { client } = await renderKore({
      template_type: 'tableList',
      elements: [{ rowItems: [{ title: { type: 'text', text: { title: 'Refund' } }, value: { type: 'text', text: '$5' }, default_action: { type: 'postback', payload: 'REFUND' } }] }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Refund' }));
    expect(client.sent).toEqual([{ text: 'REFUND', renderMsg: 'Refund' }]);
    const { container } = await renderKore(
      hostile(`{"template_type":"tableList","title":${JSON.stringify(EVIL)},"elements":[{"rowItems":[{"title":{"type":"url","url":{"link":"javascript:alert(1)","title":"x"}},"value":{"type":"url","url":{"link":"data:,x","title":"y"}}},null,{"__proto__":{}}]},5]}`),
    );
    expect(container.textContent).toContain('<script>');
    expect(container.querySelector('a')).toBeNull();
    expectNothingUnsafe(container);
  });
});
