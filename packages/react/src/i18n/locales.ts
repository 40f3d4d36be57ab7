import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { ChatStrings, LocaleBundle, TextDirection } from './types';

/** The bundles the kit ships, by base language. */
export const locales: Readonly<Record<string, LocaleBundle>> = { en, ar, fr, es, de };

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/**
 * The bundle for a BCP 47 tag: `ar-EG` uses the Arabic strings, formats with `ar-EG`, and is right to left.
 * Unknown languages get the English strings but keep their own tag (for Intl) and direction.
 */
export function resolveLocale(locale = 'en', overrides?: Partial<ChatStrings>): LocaleBundle {
  const language = baseLanguage(locale);
  const bundle = locales[language] ?? en;
  const dir: TextDirection = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  return {
    locale: isValidLocale(locale) ? locale : bundle.locale,
    dir,
    strings: overrides ? { ...bundle.strings, ...overrides } : bundle.strings,
  };
}

function isValidLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 || locale === 'en';
  } catch {
    return false;
  }
}

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = values[key];
    return value === undefined ? match : String(value);
  });
}
