import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from './test-utils';

describe('list and listView', () => {
  it('a row whose default_action is a postback with only a title is clickable and sends that title (Kore)', () => {
    const { client } = renderTemplate({
      template_type: 'list',
      elements: [{ title: 'Amazon', subtitle: '17 June', default_action: { type: 'postback', title: 'AmazonOrder' } }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Amazon' }));
    expect(client.sent).toEqual([{ text: 'AmazonOrder', renderMsg: 'Amazon' }]);
  });

  it('a default_action sends payload before title before value', () => {
    const { client } = renderTemplate({
      template_type: 'list',
      elements: [
        { title: 'One', default_action: { type: 'postback', title: 'T1', payload: 'P1', value: 'V1' } },
        { title: 'Two', default_action: { type: 'postback', title: 'T2', value: 'V2' } },
        { title: 'Three', default_action: { type: 'postback', value: 'V3' } },
      ],
    });
    for (const name of ['One', 'Two', 'Three']) fireEvent.click(screen.getByRole('button', { name }));
    expect(client.sent.map((s) => s.text)).toEqual(['P1', 'T2', 'V3']);
  });

  it('listView shows its heading, its text and every row’s value', () => {
    renderTemplate({
      template_type: 'listView',
      heading: 'Speed analysis',
      text: 'Here are your recent transactions',
      elements: [
        { title: 'Fuel', subtitle: '12 transactions', value: '$35.88', default_action: { title: 'FuelOrder', type: 'postback' } },
        { title: 'Bank', value: 'Open' },
      ],
    });
    expect(screen.getByText('Speed analysis')).toBeInTheDocument();
    expect(screen.getByText('Here are your recent transactions')).toBeInTheDocument();
    expect(screen.getByText('$35.88')).toBeInTheDocument();
    expect(screen.getByText('Open')).toBeInTheDocument();
  });

  it('listView with seeMore shows moreCount rows, and its button opens the moreData tabs', () => {
    const { client } = renderTemplate({
      template_type: 'listView',
      heading: 'Orders',
      seeMore: true,
      moreCount: 1,
      buttons: [{ title: 'See more', type: 'postback', payload: 'payload' }],
      elements: [{ title: 'First' }, { title: 'Second' }],
      moreData: { Recent: [{ title: 'Swiggy', value: 'get directions', default_action: { title: 'swiggyOrder', type: 'postback' } }], Older: [{ title: 'Timex' }] },
    });
    const more = screen.getByRole('button', { name: 'See more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Swiggy' })).toBeNull();
    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const recent = screen.getByRole('region', { name: 'Recent' });
    expect(within(recent).getByText('get directions')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Older' })).toHaveTextContent('Timex');
    fireEvent.click(within(recent).getByRole('button', { name: 'Swiggy' }));
    // Opening the tabs sends nothing; the row does.
    expect(client.sent).toEqual([{ text: 'swiggyOrder', renderMsg: 'Swiggy' }]);
  });
});
