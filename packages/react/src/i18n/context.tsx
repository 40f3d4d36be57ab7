import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { resolveLocale } from './locales';
import type { ChatStrings, LocaleBundle } from './types';

const I18nContext = createContext<LocaleBundle>(en);

export interface ChatI18nProviderProps {
  /** BCP 47 tag: picks the strings, the text direction and the Intl formats. Defaults to `en`. */
  locale?: string;
  /** Overrides for any of the strings. */
  messages?: Partial<ChatStrings>;
  children?: ReactNode;
}

/** Gives every part below it its strings, locale and direction. */
export function ChatI18nProvider({ locale, messages, children }: ChatI18nProviderProps) {
  const bundle = useMemo(() => resolveLocale(locale, messages), [locale, messages]);
  return <I18nContext.Provider value={bundle}>{children}</I18nContext.Provider>;
}

/** The strings, locale and direction in force (English when no `ChatI18nProvider` is above). */
export function useChatI18n(): LocaleBundle {
  return useContext(I18nContext);
}
