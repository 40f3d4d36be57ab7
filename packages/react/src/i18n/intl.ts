// Intl formatters are costly to build; a long transcript formats thousands of times with a handful of locales.
const cache = new Map<string, Intl.DateTimeFormat>();
/** Locales a date formatter was built for: the first one of a page is the expensive one (see intl-ready.ts). */
const warmLocales = new Set<string>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
    warmLocales.add(locale);
  }
  return f;
}

/** Whether formatting dates in `locale` is cheap now: one of its formatters exists. */
export const isIntlWarm = (locale: string): boolean => warmLocales.has(locale);

export function formatTime(ms: number, locale: string): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(ms);
}

export function formatDateTime(ms: number, locale: string): string {
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** Local calendar day, as a sortable key. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** "Today", "Yesterday" or the date in the locale's long form. */
export function formatDay(
  ms: number,
  locale: string,
  labels: { today: string; yesterday: string },
  now: number = Date.now(),
): string {
  const key = dayKey(ms);
  if (key === dayKey(now)) return labels.today;
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (key === dayKey(yesterday.getTime())) return labels.yesterday;
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return formatter(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(ms);
}
