import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { pickBundle, resolveLocale } from './locales';
import type { ChatStrings, LocaleBundle } from './types';

const I18nContext = createContext<LocaleBundle>(en);

export interface ChatI18nProviderProps {
  /** BCP 47 tag: picks the strings, the text direction and the Intl formats. Defaults to `en`. */
  locale?: string | undefined;
  /**
   * Bundles to pick `locale` from, besides the built-in English: e.g. `[ar]` from `@xo-chat/react/locales/ar`,
   * or an app's own `LocaleBundle`. A language without its bundle here shows English strings.
   */
  locales?: readonly LocaleBundle[] | undefined;
  /** Overrides for any of the strings. */
  messages?: Partial<ChatStrings> | undefined;
  children?: ReactNode;
}

/** Gives every part below it its strings, locale and direction. */
export function ChatI18nProvider({ locale = 'en', locales, messages, children }: ChatI18nProviderProps) {
  // Memoize on the picked bundle, not the array, so `locales={[ar]}` written inline does not re-render every part.
  const picked = pickBundle(locale, locales);
  const bundle = useMemo(() => resolveLocale(locale, messages, picked ? [picked] : undefined), [locale, messages, picked]);
  return <I18nContext.Provider value={bundle}>{children}</I18nContext.Provider>;
}

/** The strings, locale and direction in force (English when no `ChatI18nProvider` is above). */
export function useChatI18n(): LocaleBundle {
  return useContext(I18nContext);
}
