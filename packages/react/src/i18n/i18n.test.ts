import { describe, expect, it } from 'vitest';
import { formatDay, formatTime } from './intl';
import { format, locales, resolveLocale } from './locales';

describe('i18n', () => {
  it('ships every string in every language', () => {
    const keys = Object.keys(locales['en']!.strings).sort();
    for (const [lang, bundle] of Object.entries(locales)) {
      expect(Object.keys(bundle.strings).sort(), lang).toEqual(keys);
      for (const value of Object.values(bundle.strings)) expect(value.trim(), lang).not.toBe('');
    }
    expect(Object.keys(locales).length).toBeGreaterThanOrEqual(4);
  });

  it('resolves a regional tag to its language, direction and Intl locale', () => {
    const ar = resolveLocale('ar-EG');
    expect(ar.dir).toBe('rtl');
    expect(ar.locale).toBe('ar-EG');
    expect(ar.strings.send).toBe('إرسال');
    const he = resolveLocale('he');
    expect(he.dir).toBe('rtl');
    expect(he.strings.send).toBe('Send');
    expect(resolveLocale('fr-CA').strings.send).toBe('Envoyer');
  });

  it('falls back to English for garbage tags and applies overrides', () => {
    const bundle = resolveLocale('%%not a locale%%', { send: 'Go' });
    expect(bundle.locale).toBe('en');
    expect(bundle.strings.send).toBe('Go');
    expect(bundle.strings.retry).toBe('Retry');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{count} new, {x}', { count: 3 })).toBe('3 new, {x}');
  });

  it('formats days relative to now through Intl', () => {
    const now = new Date(2026, 4, 20, 15, 0).getTime();
    const labels = { today: 'Today', yesterday: 'Yesterday' };
    expect(formatDay(new Date(2026, 4, 20, 1, 0).getTime(), 'en', labels, now)).toBe('Today');
    expect(formatDay(new Date(2026, 4, 19, 23, 0).getTime(), 'en', labels, now)).toBe('Yesterday');
    expect(formatDay(new Date(2026, 4, 1, 9, 0).getTime(), 'en', labels, now)).toBe('Friday, May 1');
    expect(formatDay(new Date(2025, 4, 1, 9, 0).getTime(), 'de', labels, now)).toBe('Donnerstag, 1. Mai 2025');
    expect(formatTime(new Date(2026, 4, 1, 9, 5).getTime(), 'en')).toMatch(/^9:05\sAM$/);
  });
});
