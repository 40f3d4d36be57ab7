import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, expectTexts, hostile, korePayload, renderKore, screen, stringsAt } from './test-kore';

describe('listWidget (Kore samples)', () => {
  it.each(['web3-listWidget-1', 'web1-listWidget-2'])('%s shows every title, subtitle, value, detail, button and image', async (id) => {
    const payload = korePayload(id);
    const { container } = await renderKore(payload);
    expectTexts(container, [...stringsAt(payload, 'title'), ...stringsAt(payload, 'subtitle'), ...stringsAt(payload, 'description'), ...stringsAt(payload, 'text')]);
    const srcs = new Set([...container.querySelectorAll('img')].map((i) => i.getAttribute('src')));
    for (const src of stringsAt(payload, 'image_src').filter(Boolean)) expect(srcs.has(src), src).toBe(true);
    await expectAccessible(container);
  });

  it('the row posts default_action with its title as the bubble; buttons post payload; menus open', async () => {
    const { client } = await renderKore(korePayload('web3-listWidget-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Two Title' }));
    fireEvent.click(screen.getByRole('button', { name: 'button2' }));
    const three = screen.getByRole('button', { name: 'Three Title' }).closest('li')!;
    fireEvent.click(within(three).getAllByRole('button', { name: 'More actions' })[0]!);
    fireEvent.click(within(three).getAllByRole('button', { name: 'menuitem' })[0]!);
    expect(client.sent).toEqual([
      { text: 'New Value', renderMsg: 'Two Title' },
      { text: 'buttonpayload', renderMsg: 'button2' },
      { text: 'menupayload', renderMsg: 'menuitem' },
    ]);
    // displayLimit 3 of 4 buttons: the fourth waits under "More actions".
    const one = screen.getByRole('button', { name: 'One Title' }).closest('li')!;
    expect(within(one).getByRole('button', { name: 'button4', hidden: true })).not.toBeVisible();
    // "www.google.com" opens as a web page, as Kore does.
    expect(within(three).getAllByRole('link', { name: /Button1/ })[0]).toHaveAttribute('href', 'https://www.google.com');
  });

  it('the header menu of the second sample posts its items', async () => {
    const { client } = await renderKore(korePayload('web1-listWidget-2'));
    const header = screen.getByText('Main Title').closest('.xo-kl-row')!;
    fireEvent.click(within(header as HTMLElement).getByRole('button', { name: 'More actions' }));
    fireEvent.click(within(header as HTMLElement).getAllByRole('button', { name: 'menuitem' })[1]!);
    expect(client.sent).toEqual([{ text: 'menupayload', renderMsg: 'menuitem' }]);
  });

  it('stays usable when replayed from history (a menu, not a one-shot answer)', async () => {
    const { client } = await renderKore(korePayload('web3-listWidget-1'), { message: { fromHistory: true } });
    fireEvent.click(screen.getByRole('button', { name: 'button1' }));
    expect(client.sent).toEqual([{ text: 'buttonpayload', renderMsg: 'button1' }]);
  });

  it('survives hostile content', async () => {
    const { container } = await renderKore(
      hostile(`{"template_type":"listWidget","title":${JSON.stringify(EVIL)},"headerOptions":{"type":"url","url":{"title":"x","link":"javascript:alert(1)"}},"elements":[{"title":"a","image":{"image_src":"javascript:alert(1)"},"value":{"type":"menu","menu":"no"},"details":[{"description":"[x](javascript:alert(1))"}],"buttons":[{"type":"url","title":"b","url":"vbscript:x"}]},{"__proto__":{"p":1}}]}`),
    );
    expect(container.textContent).toContain('<script>');
    expect(screen.queryByRole('link')).toBeNull();
    expectNothingUnsafe(container);
  });
});
