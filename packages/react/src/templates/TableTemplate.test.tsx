import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { extraFixtures, fixtures } from './fixtures';
import { renderTemplate } from './test-utils';

describe('table', () => {
  it('is a real table with a caption, column headers and alignment', () => {
    renderTemplate(fixtures.table!.good!);
    const table = screen.getByRole('table', { name: 'Your recent orders' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Order', 'Item', 'Amount', 'Status']);
    expect(within(table).getByRole('cell', { name: '19.99' })).toHaveStyle({ textAlign: 'end' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('sits in a focusable, labelled scroll box and pages long tables', () => {
    renderTemplate(fixtures.table!.long!);
    expect(screen.getByRole('group', { name: 'Many rows' })).toHaveAttribute('tabindex', '0');
    expect(screen.getAllByRole('row')).toHaveLength(51);
    fireEvent.click(screen.getByRole('button', { name: 'Show more rows (70)' }));
    expect(screen.getAllByRole('row')).toHaveLength(101);
  });

  it('pads ragged rows and shows odd cells as empty text', () => {
    renderTemplate(fixtures.table!.hostile!);
    const rows = screen.getAllByRole('row');
    for (const row of rows) expect(row.children).toHaveLength(4);
  });
});

describe('mini_table', () => {
  it('renders each element as a small table with its primary row as headers', () => {
    renderTemplate(fixtures.mini_table!.good!);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(within(tables[1]!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Team', '$20']);
    expect(within(tables[1]!).getByRole('cell', { name: '1 TB' })).toBeInTheDocument();
  });
});

describe('list', () => {
  it('renders items with default actions and the payload buttons ("View more")', () => {
    const { client } = renderTemplate(fixtures.list!.good!);
    expect(screen.getByRole('link', { name: /Classic T-shirt/ })).toHaveAttribute('href', 'https://example.com/shirt');
    fireEvent.click(screen.getByRole('button', { name: 'Hoodie' }));
    fireEvent.click(screen.getByRole('button', { name: 'View more' }));
    expect(client.sent).toEqual([
      { text: 'table', renderMsg: 'Hoodie' },
      { text: 'carousel', renderMsg: 'View more' },
    ]);
  });

  it('pages long lists', () => {
    renderTemplate(fixtures.list!.long!);
    expect(screen.getAllByText(/^Card \d+$/)).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (50)' }));
    expect(screen.getAllByText(/^Card \d+$/)).toHaveLength(20);
  });
});

describe('charts', () => {
  // Charts are a lazy chunk: the table appears once it has loaded.
  it('show their data as a table', async () => {
    renderTemplate(extraFixtures.barchart!);
    const table = await screen.findByRole('table', { name: 'Sales' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Series', 'Q1', 'Q2']);
    expect(within(table).getByRole('rowheader', { name: 'Shirts' })).toBeInTheDocument();
  });

  it('pie charts list each slice with its display value', async () => {
    renderTemplate(extraFixtures.piechart!);
    expect(await screen.findByRole('cell', { name: '$60' })).toBeInTheDocument();
  });
});

describe('system, wait and agent', () => {
  it('SYSTEM is a banner, wait_for_response only its text', () => {
    renderTemplate(extraFixtures.system!);
    expect(screen.getByRole('note')).toHaveTextContent('An agent will join');
    const { container } = renderTemplate({ template_type: 'wait_for_response' });
    expect(container.querySelector('.xo-part')).toBeEmptyDOMElement();
  });
});
