// Display choices the demo takes from its URL (?theme=dark&locale=ar), to show themes and languages.
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
