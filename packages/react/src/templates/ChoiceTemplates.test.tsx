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

  it('multi select sends every checked value', () => {
    const { client } = renderTemplate(extraFixtures.multi!);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cheese' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Basil' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cheese' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Olives' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(client.sent).toEqual([{ text: 'basil,olives', renderMsg: 'Basil, Olives' }]);
  });
});
