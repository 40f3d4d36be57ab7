// Display choices the demo takes from its URL (?theme=dark&locale=ar), to show themes and languages.
import type { LocaleBundle } from '@xo-chat/react';
import { ar } from '@xo-chat/react/locales/ar';
import { de } from '@xo-chat/react/locales/de';
import { es } from '@xo-chat/react/locales/es';
import { fr } from '@xo-chat/react/locales/fr';

/**
 * Every language the kit translates. Only English is built into `@xo-chat/react`; the demo shows them all, so it
 * imports each bundle and passes it to `ChatWindow` (an app imports just the ones it offers).
 */
export const demoLocales: readonly LocaleBundle[] = [ar, fr, es, de];
export interface DisplayOptions {
  theme: 'light' | 'dark' | 'auto';
  locale?: string;
}

export function displayOptions(search: string = window.location.search): DisplayOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  const locale = query.get('locale')?.trim();
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    ...(locale ? { locale } : {}),
  };
}
