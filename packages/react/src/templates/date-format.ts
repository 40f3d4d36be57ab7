// The date formats templates ask for (`DD-MM-YYYY`, `MM-DD-YYYY`, `YYYY-MM-DD`, any separators), without a
// date library. Internally dates are ISO `YYYY-MM-DD`, which is what `<input type="date">` reads and writes.

/** Kore's date pickers write `DD-MM-YYYY` when the template names no format. */
export const DEFAULT_DATE_FORMAT = 'DD-MM-YYYY';
const ISO = 'YYYY-MM-DD';

/** `format` when it holds YYYY, MM and DD once each (case-insensitive); otherwise Kore's default, DD-MM-YYYY. */
export function dateFormat(format: string): string {
  const upper = format.toUpperCase();
  const ok = ['YYYY', 'MM', 'DD'].every((t) => upper.split(t).length === 2) && upper.length <= 20;
  return ok ? upper : DEFAULT_DATE_FORMAT;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An ISO date written in `format`. */
export function formatDate(iso: string, format: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y = '', m = '', d = ''] = match;
  return dateFormat(format).replace('YYYY', y).replace('MM', m).replace('DD', d);
}

/** `value` read in `format` (or as ISO) to an ISO date, or undefined when it is not a real date. */
export function parseDate(value: unknown, format: string): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  for (const f of [dateFormat(format), ISO]) {
    const order: string[] = [];
    const source = f.replace(/YYYY|MM|DD|[^YMD]/g, (token) => {
      if (token === 'YYYY' || token === 'MM' || token === 'DD') {
        order.push(token);
        return token === 'YYYY' ? '(\\d{4})' : '(\\d{1,2})';
      }
      return token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    });
    const match = new RegExp(`^${source}$`).exec(value.trim());
    if (!match) continue;
    const parts: Record<string, number> = {};
    order.forEach((token, i) => (parts[token] = Number(match[i + 1])));
    const y = parts.YYYY ?? 0;
    const m = parts.MM ?? 0;
    const d = parts.DD ?? 0;
    if (isRealDate(y, m, d)) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  }
  return undefined;
}
