import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { EVIL, hostile, renderKore, screen } from './test-kore';

// No Kore sample of this template is in the shared fixtures: this one follows the shape Kore's renderer reads.
const payload = {
  template_type: 'advancedMultiListTemplate',
  seeMore: true,
  listItemDisplayCount: 1,
  seeMoreTitle: 'All accounts',
  listItems: [
    {
      title: 'Savings',
      subListItems: [
        { title: 'Everyday account', description: 'Balance $120', type: 'postback', payload: 'ACC_1' },
        { title: 'Statements', isAccordian: true, isCollapsed: true, view: 'default', textInformation: [{ title: 'June statement', type: 'url', url: 'https://bank.test/june' }] },
      ],
    },
    { title: 'Cards', subListItems: [{ title: 'Gold card', description: 'Due on the 5th', headerOptions: [{ type: 'text', value: '$40' }] }] },
  ],
};

describe('advancedMultiListTemplate', () => {
  it('shows sections of rows; the seeMoreTitle button reveals the rest', async () => {
    const { container } = await renderKore(payload);
    expect(screen.getByRole('region', { name: 'Savings' })).toHaveTextContent('Everyday accountBalance $120');
    expect(screen.queryByText('Gold card')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'All accounts' }));
    expect(screen.getByRole('region', { name: 'Cards' })).toHaveTextContent('Gold cardDue on the 5th$40');
    await expectAccessible(container);
  });

  it('a row with a postback answers with its payload; an accordion row opens its links', async () => {
    const { client } = await renderKore(payload);
    fireEvent.click(screen.getByRole('button', { name: 'Everyday account' }));
    expect(client.sent).toEqual([{ text: 'ACC_1', renderMsg: 'Everyday account' }]);
    const toggle = screen.getByRole('button', { name: 'Details: Statements' });
    fireEvent.click(toggle);
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(body).getByRole('link', { name: /June statement/ })).toHaveAttribute('href', 'https://bank.test/june');
  });

  it('survives junk and hostile content', async () => {
    const junk = hostile(`{"template_type":"advancedMultiListTemplate","__proto__":{"x":1},"listItems":[{"title":${JSON.stringify(EVIL)},"subListItems":"no"},null,{"subListItems":[{"title":"x","type":"url","url":"javascript:alert(1)"}]}]}`);
    const { container } = await renderKore(junk);
    expect(container.textContent).toContain('<script>');
    expect(screen.queryByRole('link')).toBeNull();
    expectNothingUnsafe(container);
  });
});
