import { Markdown } from '../markdown/Markdown';
import { firstText } from './payload';
import { useTemplateStrings } from './strings';
import type { TemplateRendererProps } from './types';

/**
 * A CSS colour a bot may choose: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`/`hsl()`/`hsla()` of
 * plain numbers, or a colour keyword (letters only). Anything else (`url(...)`, `expression(...)`, `;`, `var()`)
 * is refused.
 */
export function safeCssColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const color = value.trim();
  if (color.length > 40) return undefined;
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color)) return color;
  if (/^(?:rgba?|hsla?)\(\s*[\d.]+%?(?:\s*[,\s/]\s*[\d.]+%?){2,3}\s*\)$/i.test(color)) return color;
  if (/^[a-z]{3,20}$/i.test(color) && !/^(?:inherit|initial|unset|revert|currentcolor|transparent)$/i.test(color)) return color;
  return undefined;
}

/**
 * `error` (Kore's component `{type: 'error', payload: {text, color}}`): the text, marked as an error. The bot's
 * colour, when it is a safe CSS colour, tints the marker beside the text; the text keeps the theme's colour so it
 * stays readable.
 */
export function ErrorTemplate({ part }: TemplateRendererProps) {
  const label = useTemplateStrings().errorLabel;
  const text = firstText(part.payload, 'text', 'message') || part.fallbackText;
  const color = safeCssColor(part.payload.color);
  if (!text) return null;
  return (
    <div className="xo-tpl xo-tpl-error" style={color ? { borderInlineStartColor: color } : undefined}>
      <span className="xo-visually-hidden">{label} </span>
      <Markdown text={text} />
    </div>
  );
}
