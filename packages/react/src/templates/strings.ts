import { useChatI18n } from '../i18n';
import type { TemplateStrings } from '../i18n';

export { templateStringsEn } from '../i18n';
export type { TemplateStrings } from '../i18n';

/** The template strings in force: the active locale bundle's, with any `messages` overrides of `ChatI18nProvider`. */
export function useTemplateStrings(): TemplateStrings {
  return useChatI18n().strings;
}

export { format } from '../i18n';
