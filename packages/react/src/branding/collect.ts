// Reads branding values one by one: each checked value lands in the draft, each refused one is named in
// `problems` (by its path in the document), so one bad colour costs that colour, not the whole branding.
import { cssColor, cssFontFamily, imageUrl, plainText } from './safe-values';
import type { Branding, BrandingWelcomeText } from './types';

export type Fields = Readonly<Record<string, unknown>>;

/** The value as an object of fields, or undefined. */
export const fields = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;

/** `value[a][b]...`, undefined as soon as a step is not an object. */
export function at(value: unknown, ...path: string[]): unknown {
  let here: unknown = value;
  for (const key of path) here = fields(here)?.[key];
  return here;
}

const absent = (value: unknown) => value === undefined || value === null || value === '';
const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
// Kore names its built-in icons (`icon-1`, `icon-m-1`): not a picture the kit can show, and not a mistake either.
const ICON_NAME = /^[\w-]{1,40}$/;

export interface Collector {
  readonly draft: { vars: Record<`--xo-${string}`, string>; welcome: BrandingWelcomeText } & Omit<Branding, 'vars' | 'welcome'>;
  readonly problems: string[];
  color(path: string, value: unknown, ...names: Array<`--xo-${string}`>): void;
  font(path: string, value: unknown): void;
  image(path: string, value: unknown, set: (url: string) => void): void;
  text(path: string, value: unknown, set: (text: string) => void): void;
}

export function createCollector(): Collector {
  const draft: Collector['draft'] = { vars: {}, welcome: {} };
  const problems: string[] = [];
  const refuse = (path: string, value: unknown, what: string) => problems.push(`${path} ${shown(value)} is not ${what}`);
  return {
    draft,
    problems,
    color(path, value, ...names) {
      if (absent(value)) return;
      const colour = cssColor(value);
      if (!colour) return void refuse(path, value, 'a CSS colour (such as "#1f5fcc" or "rgb(31 95 204)")');
      for (const name of names) draft.vars[name] = colour;
    },
    font(path, value) {
      if (absent(value)) return;
      const font = cssFontFamily(value);
      if (!font) return void refuse(path, value, 'a font-family list');
      draft.vars['--xo-font'] = font;
    },
    image(path, value, set) {
      if (absent(value) || (typeof value === 'string' && ICON_NAME.test(value))) return;
      const url = imageUrl(value);
      if (!url) return void refuse(path, value, 'an http(s) or data:image URL');
      set(url);
    },
    text(path, value, set) {
      if (absent(value)) return;
      const text = plainText(value);
      if (text === undefined) return void refuse(path, value, 'a text');
      set(text);
    },
  };
}
