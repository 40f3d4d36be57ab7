export { ChatI18nProvider, useChatI18n } from './context';
export type { ChatI18nProviderProps } from './context';
export { locales, resolveLocale, format } from './locales';
export { formatTime, formatDay, formatDateTime } from './intl';
export type { ChatStrings, LocaleBundle, TextDirection } from './types';
export { templateStringsEn } from './template-strings-en';
export type { TemplateStrings } from './template-strings-en';
