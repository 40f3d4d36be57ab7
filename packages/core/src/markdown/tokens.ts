// `\d(date)`, `\t(time)`, `\#(number)`, `\$(amount,'CUR')`: formatted with Intl for the reader's locale.
import type { InlineNode } from './types';

type FormattedKind = 'date' | 'time' | 'number' | 'amount';

export const TOKEN_KINDS: Record<string, FormattedKind> = { d: 'date', t: 'time', '#': 'number', $: 'amount' };

function unquote(value: string): string {
  return value.trim().replace(/^['"]|['"]$/g, '').trim();
}

function toDate(value: string, kind: 'date' | 'time'): { date: Date; utc: boolean } | undefined {
  const v = unquote(value);
  if (kind === 'time' && /^\d{1,2}:\d{2}(:\d{2})?$/.test(v)) {
    return { date: new Date(`1970-01-01T${v.length < 5 ? `0${v}` : v}Z`), utc: true };
  }
  // A date without a time is a calendar day: format it in UTC so it does not shift a day west of Greenwich.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(v);
  const date = /^-?\d+$/.test(v) ? new Date(Number(v)) : new Date(v);
  return Number.isNaN(date.getTime()) ? undefined : { date, utc: dayOnly };
}

function format(kind: FormattedKind, args: string, locale: string | undefined): string | undefined {
  if (kind === 'number') {
    const n = Number(unquote(args));
    return unquote(args) === '' || !Number.isFinite(n) ? undefined : new Intl.NumberFormat(locale).format(n);
  }
  if (kind === 'amount') {
    const comma = args.lastIndexOf(',');
    const amount = Number(unquote(comma >= 0 ? args.slice(0, comma) : args));
    const currency = comma >= 0 ? unquote(args.slice(comma + 1)).toUpperCase() : '';
    if (!Number.isFinite(amount) || unquote(comma >= 0 ? args.slice(0, comma) : args) === '') return undefined;
    if (!/^[A-Z]{3}$/.test(currency)) return new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(amount);
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  }
  const first = args.split(',')[0] ?? '';
  const parsed = toDate(first, kind);
  if (!parsed) return undefined;
  const style: Intl.DateTimeFormatOptions = kind === 'date' ? { dateStyle: 'medium' } : { timeStyle: 'short' };
  if (parsed.utc) style.timeZone = 'UTC';
  return new Intl.DateTimeFormat(locale, style).format(parsed.date);
}

/** A `formatted` node, or a text node with the raw token when its value cannot be read. */
export function formatToken(kind: FormattedKind, args: string, raw: string, locale: string | undefined): InlineNode {
  let value: string | undefined;
  try {
    value = format(kind, args, locale);
  } catch {
    value = undefined; // Intl rejects some values (e.g. an unknown currency): show the token as written.
  }
  return value === undefined ? { type: 'text', value: raw } : { type: 'formatted', kind, value, raw };
}

/** A locale Intl accepts, or undefined (the runtime's). */
export function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}
