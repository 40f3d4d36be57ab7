import { en } from './en';
import type { ChatStrings, LocaleBundle, TextDirection } from './types';

/**
 * The bundles built into the main entry: English only, so an app pays for no language it does not show.
 * The kit's other languages are their own entries (`@xo-chat/react/locales/ar`, `fr`, `es`, `de`); an app imports
 * the ones it needs and passes them in the `locales` prop of `ChatWindow` or `ChatI18nProvider`.
 */
export const locales: Readonly<Record<string, LocaleBundle>> = { en };

/** Languages the kit translates in a separate entry: asking for one without passing its bundle is a mistake worth a warning. */
const SEPARATE_ENTRIES = new Set(['ar', 'fr', 'es', 'de']);

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

function isBundle(value: unknown): value is LocaleBundle {
  const bundle = value as Partial<LocaleBundle> | null | undefined;
  return typeof bundle?.locale === 'string' && typeof bundle.strings === 'object' && bundle.strings !== null;
}

/**
 * The bundle for a BCP 47 tag among those given, then the built-in English one: an exact tag (`pt-BR`) wins over
 * a bundle of the same base language (`pt`). Always returns one of the objects passed in, so callers can memoize on it.
 */
export function pickBundle(locale: string, available: readonly LocaleBundle[] = []): LocaleBundle | undefined {
  const tag = locale.toLowerCase();
  const language = baseLanguage(locale);
  const candidates = Array.isArray(available) ? available.filter(isBundle) : [];
  return (
    candidates.find((b) => b.locale.toLowerCase() === tag) ??
    candidates.find((b) => baseLanguage(b.locale) === language) ??
    locales[language]
  );
}

const warned = new Set<string>();

function warnMissingBundle(language: string, locale: string): void {
  if (warned.has(language)) return;
  warned.add(language);
  console.warn(
    `[xo-chat] locale "${locale}" has no bundle loaded, so the strings fall back to English. ` +
      `Import it and pass it in: import { ${language} } from '@xo-chat/react/locales/${language}'; ` +
      `then <ChatWindow locale="${locale}" locales={[${language}]} /> (or the same props on ChatI18nProvider).`,
  );
}

/**
 * The bundle for a BCP 47 tag: with the Arabic bundle passed in, `ar-EG` uses the Arabic strings, formats with
 * `ar-EG`, and is right to left. Languages without a bundle get the English strings but keep their own tag (for
 * Intl) and direction; for the kit's own languages (ar, fr, es, de) that also warns once what to import.
 */
export function resolveLocale(locale = 'en', overrides?: Partial<ChatStrings>, available?: readonly LocaleBundle[]): LocaleBundle {
  const language = baseLanguage(locale);
  const found = pickBundle(locale, available);
  if (!found && SEPARATE_ENTRIES.has(language)) warnMissingBundle(language, locale);
  const bundle = found ?? en;
  const dir: TextDirection = found ? (found.dir === 'rtl' ? 'rtl' : 'ltr') : RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  // An app's own bundle may lack strings a newer kit added: English fills the gaps rather than showing nothing.
  const strings = bundle === en ? en.strings : { ...en.strings, ...bundle.strings };
  return {
    locale: isValidLocale(locale) ? locale : bundle.locale,
    dir,
    strings: overrides ? { ...strings, ...overrides } : strings,
  };
}

// A malformed tag would make every Intl call throw. Only well-formedness is checked: a tag Intl has no data for
// formats in its default locale anyway, and supportedLocalesOf loads the list of every locale first (about
// 70 ms on the first call, on the window's first render).
function isValidLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length > 0;
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
