// What a branding document may put on the page. Its values come from whoever can edit the bot's theme, so each
// one is checked for the one thing it is used as: a colour never carries url() (a request to anywhere) or a
// second declaration, an image is only http(s) or an inline raster/SVG data URL, a text is plain and short.

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// Colour functions with plain numeric arguments only: no nested function, so no url(), var() or expression().
const FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-+0-9.%\s,/a-z]*\)$/i;
const NAMED = /^[a-z]{3,30}$/i;
// Keywords that would reset the kit's own value rather than set a colour.
const NOT_COLOURS = new Set(['inherit', 'initial', 'unset', 'revert', 'none', 'auto']);
const MAX_TEXT = 200;

type CssSupports = (property: string, value: string) => boolean;
const cssSupports = (): CssSupports | undefined => (globalThis as { CSS?: { supports?: CssSupports } }).CSS?.supports;

/** The value as a CSS colour, or undefined when it is not one (the browser's own parser decides, where there is one). */
export function cssColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (v.length > 100 || NOT_COLOURS.has(v.toLowerCase())) return undefined;
  if (!(HEX.test(v) || FUNCTION.test(v) || NAMED.test(v))) return undefined;
  const supports = cssSupports();
  if (supports && !supports.call(globalThis.CSS, 'color', v)) return undefined;
  return v;
}

const FONT = /^[\w\s,'"-]{1,200}$/;

/** A font-family list (names, quotes, commas), or undefined. */
export function cssFontFamily(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  return FONT.test(v) ? v : undefined;
}

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[a-z0-9+/]+={0,2}$/i;

/** An http(s) URL or an inline image (`data:image/...;base64,`), or undefined. */
export function imageUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (DATA_IMAGE.test(v)) return v;
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A short plain text (shown as text, never as markup), or undefined when empty or not a string. */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Control characters (but not line breaks) are dropped; what is left is cut at MAX_TEXT characters.
  // eslint-disable-next-line no-control-regex
  const v = value.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
  return v ? v.slice(0, MAX_TEXT) : undefined;
}
