import { afterEach, describe, expect, it, vi } from 'vitest';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { formatDay, formatTime } from './intl';
import { format, locales, pickBundle, resolveLocale } from './locales';
import type { LocaleBundle } from './types';
import { uploadStringsEn } from '../uploads/strings';

const shipped = { en, ar, fr, es, de };

describe('i18n', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ships every string in every language', () => {
    // English upload strings live with the upload parts (uploads/strings.ts), out of the main bundle.
    const keys = Object.keys({ ...en.strings, ...uploadStringsEn }).sort();
    for (const [lang, bundle] of Object.entries(shipped)) {
      expect(Object.keys(lang === 'en' ? { ...bundle.strings, ...uploadStringsEn } : bundle.strings).sort(), lang).toEqual(keys);
      for (const value of Object.values(bundle.strings)) expect(value.trim(), lang).not.toBe('');
    }
  });

  it('builds only English into the main entry', () => {
    expect(Object.keys(locales)).toEqual(['en']);
  });

  it('resolves a regional tag to the bundle passed in, its direction and Intl locale', () => {
    const arabic = resolveLocale('ar-EG', undefined, [fr, ar]);
    expect(arabic.dir).toBe('rtl');
    expect(arabic.locale).toBe('ar-EG');
    expect(arabic.strings.send).toBe('إرسال');
    const he = resolveLocale('he');
    expect(he.dir).toBe('rtl');
    expect(he.strings.send).toBe('Send');
    expect(resolveLocale('fr-CA', undefined, [ar, fr]).strings.send).toBe('Envoyer');
  });

  it('prefers an exact tag over a same-language bundle, and fills an app bundle’s gaps with English', () => {
    const brazil: LocaleBundle = { locale: 'pt-BR', dir: 'ltr', strings: { ...en.strings, send: 'Enviar (BR)' } };
    const portugal = { locale: 'pt', dir: 'ltr', strings: { send: 'Enviar' } } as unknown as LocaleBundle;
    expect(pickBundle('pt-BR', [portugal, brazil])).toBe(brazil);
    expect(pickBundle('pt-PT', [portugal, brazil])).toBe(portugal);
    const resolved = resolveLocale('pt-PT', undefined, [portugal]);
    expect(resolved.strings.send).toBe('Enviar');
    expect(resolved.strings.retry).toBe('Retry');
  });

  it('ignores garbage in the bundles passed in', () => {
    const junk = [null, 42, { locale: 'ar' }, { strings: {} }] as unknown as LocaleBundle[];
    expect(pickBundle('en', junk)).toBe(en);
    expect(resolveLocale('en', undefined, 'nope' as unknown as LocaleBundle[]).strings.send).toBe('Send');
  });

  it('falls back to English for a kit language whose bundle was not passed, warning once what to import', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spanish = resolveLocale('es-MX');
    expect(spanish.strings.send).toBe('Send');
    expect(spanish.locale).toBe('es-MX');
    resolveLocale('es');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain("import { es } from '@xo-chat/react/locales/es'");
    expect(warn.mock.calls[0]![0]).toContain('locales={[es]}');
    resolveLocale('es', undefined, [es]);
    resolveLocale('he');
    expect(warn).toHaveBeenCalledTimes(1);
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
