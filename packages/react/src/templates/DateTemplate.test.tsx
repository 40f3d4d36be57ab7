import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dateFormat, formatDate, parseDate } from './date-format';
import { fixtures } from './fixtures';
import { renderTemplate } from './test-utils';

const set = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe('date formats', () => {
  it('reads and writes the three Kore formats and any separator', () => {
    expect(parseDate('31-12-2030', 'DD-MM-YYYY')).toBe('2030-12-31');
    expect(parseDate('12-31-2030', 'MM-DD-YYYY')).toBe('2030-12-31');
    expect(parseDate('2030/12/31', 'YYYY/MM/DD')).toBe('2030-12-31');
    expect(parseDate('2030-12-31', 'DD-MM-YYYY')).toBe('2030-12-31');
    expect(formatDate('2030-02-05', 'DD-MM-YYYY')).toBe('05-02-2030');
    expect(formatDate('2030-02-05', 'MM.DD.YYYY')).toBe('02.05.2030');
  });

  it('refuses impossible dates and odd formats', () => {
    expect(parseDate('31-02-2030', 'DD-MM-YYYY')).toBeUndefined();
    expect(parseDate('99-99-9999', 'DD-MM-YYYY')).toBeUndefined();
    expect(parseDate({}, 'DD-MM-YYYY')).toBeUndefined();
    // Kore's default when a format is missing or unreadable.
    expect(dateFormat('<script>')).toBe('DD-MM-YYYY');
    expect(dateFormat('YYYYYYYY')).toBe('DD-MM-YYYY');
    expect(dateFormat('')).toBe('DD-MM-YYYY');
    expect(dateFormat('dd/mm/yyyy')).toBe('DD/MM/YYYY');
  });
});

describe('dateTemplate', () => {
  it('limits the native input to startDate..endDate and sends the date in the format', () => {
    const { client } = renderTemplate(fixtures.daterange!.good!, {});
    const from = screen.getByLabelText('From');
    expect(from).toHaveAttribute('type', 'date');
    expect(from).toHaveAttribute('min', '2025-01-01');
    expect(from).toHaveAttribute('max', '2030-12-31');
    set(from, '2026-03-04');
    const to = screen.getByLabelText('To');
    expect(to).toHaveAttribute('min', '2026-03-04');
    set(to, '2026-03-09');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([{ text: '04-03-2026 to 09-03-2026' }]);
    expect(screen.getByRole('button', { name: 'Sent' })).toBeDisabled();
  });

  it('explains an empty or out-of-range choice next to the input', () => {
    const { client } = renderTemplate(fixtures.dateTemplate!.good!);
    const input = screen.getByLabelText('Pick a date', { selector: 'input' });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(input).toHaveAccessibleDescription(/Choose a date\./);
    set(input, '2031-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Choose a date from 2025-01-01 to 2030-12-31\./);
    expect(client.sent).toEqual([]);
    set(input, '2027-07-07');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(client.sent).toEqual([{ text: '2027-07-07' }]);
  });

  it('refuses a range that ends before it starts', () => {
    const { client } = renderTemplate(fixtures.daterange!.good!);
    set(screen.getByLabelText('From'), '2026-03-04');
    set(screen.getByLabelText('To'), '2026-03-01');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(client.sent).toEqual([]);
  });

  it('writes DD-MM-YYYY when no format is given, and a range with the template’s delimiter', () => {
    const one = renderTemplate({ template_type: 'dateTemplate', title: 'When?' });
    set(screen.getByLabelText('When?', { selector: 'input' }), '2027-03-14');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(one.client.sent).toEqual([{ text: '14-03-2027' }]);
    one.unmount();
    const range = renderTemplate({ template_type: 'daterange', title: 'Stay', text: 'display', text_message: 'Pick your stay', format: 'MM-DD-YYYY', delimiter: '-' });
    expect(screen.getByText('Pick your stay')).toBeInTheDocument();
    set(screen.getByLabelText('From'), '2026-01-20');
    set(screen.getByLabelText('To'), '2026-01-26');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(range.client.sent).toEqual([{ text: '01-20-2026 - 01-26-2026' }]);
  });

  it('ignores unreadable limits and is disabled from history', () => {
    renderTemplate(fixtures.dateTemplate!.hostile!, { message: { fromHistory: true } });
    const input = screen.getByRole('button', { name: 'Confirm' }).closest('form')!.querySelector('input')!;
    expect(input).not.toHaveAttribute('min');
    expect(input).not.toHaveAttribute('max');
    expect(input).toBeDisabled();
  });
});
