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

type Var = `--xo-${string}`;

/** A colour at `path` and the variables it sets. */
export type ColourRule = readonly [path: string, ...names: Var[]];

export interface Collector {
  readonly draft: { vars: Record<Var, string>; welcome: BrandingWelcomeText } & Omit<Branding, 'vars' | 'welcome'>;
  readonly problems: string[];
  /** Each rule's colour (at its dotted path in `doc`) into its variables. */
  colors(doc: unknown, rules: readonly ColourRule[]): void;
  font(doc: unknown, path: string): void;
  image(doc: unknown, path: string, set: (url: string) => void): void;
  text(doc: unknown, path: string, set: (text: string) => void): void;
}

export function createCollector(): Collector {
  const draft: Collector['draft'] = { vars: {}, welcome: {} };
  const problems: string[] = [];
  // The value at `path`, or undefined when it is absent; one that fails `check` is named in `problems`.
  const read = <T,>(doc: unknown, path: string, check: (v: unknown) => T | undefined, what: string): T | undefined => {
    const value = at(doc, ...path.split('.'));
    if (absent(value)) return undefined;
    const checked = check(value);
    if (checked === undefined) problems.push(`${path} ${shown(value)} is not ${what}`);
    return checked;
  };
  return {
    draft,
    problems,
    colors(doc, rules) {
      for (const [path, ...names] of rules) {
        const colour = read(doc, path, cssColor, 'a CSS colour (such as "#1f5fcc" or "rgb(31 95 204)")');
        if (colour) for (const name of names) draft.vars[name] = colour;
      }
    },
    font(doc, path) {
      const font = read(doc, path, cssFontFamily, 'a font-family list');
      if (font) draft.vars['--xo-font'] = font;
    },
    image(doc, path, set) {
      const url = read(doc, path, (v) => (typeof v === 'string' && ICON_NAME.test(v) ? null : imageUrl(v)), 'an http(s) or data:image URL');
      if (url) set(url);
    },
    text(doc, path, set) {
      const text = read(doc, path, plainText, 'a text');
      if (text !== undefined) set(text);
    },
  };
}
