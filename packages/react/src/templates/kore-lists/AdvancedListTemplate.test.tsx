import userEvent from '@testing-library/user-event';
import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, HUGE, expectTexts, hostile, korePayload, renderKore, screen, stringsAt } from './test-kore';

const ID = 'web3-advancedListTemplate-1';

describe('advancedListTemplate (Kore samples)', () => {
  it.each([ID, 'android-advancedListTemplate-2'])('%s shows every title, description, option, button and cell', async (id) => {
    const payload = korePayload(id);
    const { container } = await renderKore(payload);
    expectTexts(container, [
      ...stringsAt(payload, 'title'),
      ...stringsAt(payload, 'description'),
      ...stringsAt(payload, 'label'),
      '20$',
    ]);
    // Only http(s) images load: Kore's inline data: icons are left out, its one https logo is shown.
    expect([...container.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://kore.ai/wp-content/uploads/2021/09/kore.ai_logo.svg',
      'https://kore.ai/wp-content/uploads/2021/09/kore.ai_logo.svg',
    ]);
    await expectAccessible(container);
  });

  it('header buttons and dropdown options post payload with the title as the bubble', async () => {
    const { client } = await renderKore(korePayload(ID));
    fireEvent.click(screen.getByRole('button', { name: 'Button' }));
    const row = screen.getByText('Title text [with dropdown]').closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'More actions' }));
    fireEvent.click(within(row).getByRole('button', { name: 'option2' }));
    expect(client.sent).toEqual([
      { text: 'USER_DEFINED_PAYLOAD', renderMsg: 'Button' },
      { text: 'USER_DEFINED_payload', renderMsg: 'option2' },
    ]);
  });

  it('a collapsed accordion opens from the keyboard, with its links, 3 buttons and the rest under "More actions"', async () => {
    const user = userEvent.setup();
    const { client } = await renderKore(korePayload(ID));
    const toggle = screen.getByRole('button', { name: 'Details: Title text [with default view]' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: /WebEx/ })).toBeNull();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: /WebEx/ })).toHaveAttribute('href', 'https://petersapparel.parseapp.com');
    expect(screen.getByRole('link', { name: /Button 1 url/ })).toHaveAttribute('href', 'https://bankingassistant-qa-bots.kore.ai/botbuilder');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const more = within(body).getByRole('button', { name: 'More actions' });
    await user.click(more);
    expect(within(body).getAllByRole('button', { name: 'Button 2' })).toHaveLength(3);
    await user.keyboard('{Escape}');
    expect(more).toHaveFocus();
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(within(body).getByRole('button', { name: 'Button 1' }));
    expect(client.sent).toEqual([{ text: 'USER_DEFINED_PAYLOAD', renderMsg: 'Button 1' }]);
  });

  it('checkbox options confirm as "<confirm>: v1,v2"; radios as "<confirm>: v"; cancel clears', async () => {
    const user = userEvent.setup();
    const { client } = await renderKore(korePayload(ID));
    // Two rows share this title: the checkbox one starts collapsed, the radio one open.
    const [checkToggle, radioToggle] = screen.getAllByRole('button', { name: 'Details: Title text [view options]' });
    expect(radioToggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(checkToggle!);
    const [checks, radios] = screen.getAllByRole('group');
    await user.click(within(checks!).getByRole('checkbox', { name: '1 Lorem ipsum doller ammen' }));
    await user.click(within(checks!).getByRole('checkbox', { name: '2 Lorem ipsum doller ammen' }));
    await user.click(within(checks!).getByRole('button', { name: 'Confirm' }));
    await user.click(within(radios!).getByRole('radio', { name: '1 Lorem ipsum doller ammen' }));
    await user.click(within(radios!).getByRole('radio', { name: '2 Lorem ipsum doller ammen' }));
    await user.click(within(radios!).getByRole('button', { name: 'Confirm' }));
    await user.click(within(radios!).getByRole('button', { name: 'Cancel' }));
    expect(within(radios!).getByRole('radio', { name: '2 Lorem ipsum doller ammen' })).not.toBeChecked();
    await user.click(within(radios!).getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([
      { text: 'Confirm: 1,2', renderMsg: 'Confirm: 1,2' },
      { text: 'Confirm: 2', renderMsg: 'Confirm: 2' },
      { text: 'Confirm', renderMsg: 'Confirm' },
    ]);
  });

  it('with seeMore, shows listItemDisplayCount rows and the seeMoreTitle button reveals the rest', async () => {
    const payload = { ...korePayload('android-advancedListTemplate-2'), seeMore: true, listItemDisplayCount: 2 };
    await renderKore(payload);
    const list = screen.getByRole('list', { name: 'Main Title' });
    expect(list.children).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'test' }));
    expect(list.children).toHaveLength(8);
  });

  it('survives hostile content: scripts stay text, unsafe URLs are not links, __proto__ and junk are ignored', async () => {
    const payload = hostile(
      JSON.stringify({
        template_type: 'advancedListTemplate',
        title: EVIL,
        listItems: [
          { title: HUGE, description: EVIL, icon: 'javascript:alert(1)', textInformation: 'nope', view: 'default', headerOptions: [{ type: 'dropdown', dropdownOptions: 7 }] },
          { title: 'Link', type: 'web_url', url: 'javascript:alert(1)', buttons: [{ type: 'url', title: 'Bad', url: 'data:text/html,x' }] },
          { view: 'options', optionsData: [{ type: 'checkbox', label: EVIL, value: {} }], buttons: null },
          null,
          42,
        ],
      }).replace('"listItems"', '"__proto__":{"polluted":1},"listItems"'),
    );
    const { container } = await renderKore(payload);
    expect(container.textContent).toContain('<script>');
    expect(container.textContent).toContain(HUGE);
    expect(screen.queryByRole('link')).toBeNull();
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expectNothingUnsafe(container);
  });
});
