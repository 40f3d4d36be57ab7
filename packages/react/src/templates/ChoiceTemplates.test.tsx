import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { extraFixtures } from './fixtures';
import { renderTemplate } from './test-utils';

describe('choice templates', () => {
  it('dropdown sends the chosen option as a postback', () => {
    const { client } = renderTemplate(extraFixtures.dropdown!);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByRole('combobox', { name: 'Choose a size' })).toHaveAccessibleDescription('Choose an option.');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([{ text: 'l', renderMsg: 'Large' }]);
  });

  it('radio options send the picked option', () => {
    const { client } = renderTemplate(extraFixtures.radio!);
    fireEvent.click(screen.getByRole('radio', { name: 'Express' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([{ text: 'exp', renderMsg: 'Express' }]);
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeDisabled();
  });

  it('radioOptionTemplate shows each title with its value, and sends postback.value with postback.title (Kore)', () => {
    const { client } = renderTemplate({
      template_type: 'radioOptionTemplate',
      heading: 'Pay from',
      radioOptions: [
        { title: 'Savings', value: '1234 4567', postback: { title: 'Pay from savings', value: 'PAY_SAVINGS' } },
        { title: 'Current', value: '9876 5432', postback: { title: 'Pay from current', value: 'PAY_CURRENT' } },
      ],
    });
    expect(screen.getByText('1234 4567')).toBeInTheDocument();
    const current = screen.getByRole('radio', { name: 'Current' });
    expect(current).toHaveAccessibleDescription('9876 5432');
    fireEvent.click(current);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([{ text: 'PAY_CURRENT', renderMsg: 'Pay from current' }]);
  });

  it('dropdown shows each description beside its title', () => {
    renderTemplate({ template_type: 'dropdown_template', heading: 'Currency', elements: [{ title: 'Swiss Franc', description: 'Franc', value: 'CHF' }] });
    expect(screen.getByRole('option', { name: 'Swiss Franc — Franc' })).toBeInTheDocument();
  });

  it('advanced_multi_select reads elements[].collection[], one collection at a time, and sends Kore’s sentence', () => {
    const { client } = renderTemplate({
      template_type: 'advanced_multi_select',
      heading: 'Pick brands',
      description: 'Premium',
      limit: 1,
      elements: [
        { collectionTitle: 'Shoes', collection: [{ title: 'Adidas shoes', value: 'Adidas', description: 'German' }, { title: 'Nike shoes', value: 'Nike' }] },
        { collectionTitle: 'Cars', collection: [{ title: 'Audi cars', value: 'Audi' }] },
      ],
      buttons: [{ title: 'Done', type: 'postback', payload: 'payload' }],
    });
    expect(screen.getByRole('group', { name: 'Shoes' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Cars' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more (1)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    expect(screen.getByRole('checkbox', { name: 'Nike shoes' })).toBeChecked();
    // Picking in another collection starts over there.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Audi cars' }));
    expect(screen.getByRole('checkbox', { name: 'Nike shoes' })).not.toBeChecked();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Audi cars' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Adidas shoes' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nike shoes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(client.sent).toEqual([{ text: 'Here are selected items: Adidas Nike', renderMsg: 'Here are selected items: Adidas shoes, Nike shoes' }]);
  });

  it('multi select sends every checked value, comma-joined in the order shown (Kore)', () => {
    const { client } = renderTemplate(extraFixtures.multi!);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cheese' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Basil' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cheese' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(client.sent).toEqual([{ text: 'olives,basil', renderMsg: 'Olives, Basil' }]);
  });
});
