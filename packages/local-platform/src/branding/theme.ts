// The bot's branding ("theme") document, as Kore's platform serves it at
// `GET /api/websdkthemes/{botId}/activetheme` and Kore's SDKs read it after every grant.
// One typed module, so the branding work (issue 15) can read the same document.
import { readFile } from 'node:fs/promises';
import type { JsonObject } from '../bot/script-types.js';

/** A CSS value (a color, a font, a URL...); Kore's web SDK writes each one into a `--sdk-chat-custom--*` property. */
export type ThemeValue = string;

/** Font and bubble shape for the whole window. `bubbleShape` is `square`, `circle` or a CSS border-radius. */
export interface ThemeGeneralAttributes {
  fontStyle?: ThemeValue;
  bubbleShape?: ThemeValue;
  [name: string]: ThemeValue | undefined;
}

export interface ThemeMessageColors {
  bubbleColor?: ThemeValue;
  fontColor?: ThemeValue;
  borderColor?: ThemeValue;
  [name: string]: ThemeValue | undefined;
}

export interface ThemeHeader {
  backgroundColor?: ThemeValue;
  fontColor?: ThemeValue;
  borderColor?: ThemeValue;
  [name: string]: ThemeValue | undefined;
}

export interface ThemeFooter {
  backgroundColor?: ThemeValue;
  fontColor?: ThemeValue;
  borderColor?: ThemeValue;
  /** The composer's placeholder color. */
  placeHolder?: ThemeValue;
  [name: string]: ThemeValue | undefined;
}

export interface ThemeBody {
  backgroundColor?: ThemeValue;
  backgroundImage?: ThemeValue;
  /** Show `backgroundImage` instead of `backgroundColor`. */
  useBackgroundImage?: boolean;
  [name: string]: ThemeValue | boolean | undefined;
}

export interface ThemeButtons {
  defaultButtonColor?: ThemeValue;
  defaultFontColor?: ThemeValue;
  onHoverButtonColor?: ThemeValue;
  onHoverFontColor?: ThemeValue;
  backgroundColor?: ThemeValue;
  [name: string]: ThemeValue | undefined;
}

/** The widgets panel's look: `theme_one` .. `theme_four`. */
export interface ThemeDigitalViews {
  panelTheme?: 'theme_one' | 'theme_two' | 'theme_three' | 'theme_four';
}

/** The branding a bot owner set, as a file or an admin call gives it (`activeTheme` may be left out). */
export interface ThemeDocument {
  themeName?: string;
  generalAttributes?: ThemeGeneralAttributes;
  botMessage?: ThemeMessageColors;
  userMessage?: ThemeMessageColors;
  widgetHeader?: ThemeHeader;
  widgetFooter?: ThemeFooter;
  widgetBody?: ThemeBody;
  buttons?: ThemeButtons;
  digitalViews?: ThemeDigitalViews;
  /** The newer (v3) window's branding JSON (`general`, `chat_bubble`, `header`, `body`, `footer`, ...), kept as given. */
  v3?: JsonObject;
}

/** What `activetheme` answers: the document with `activeTheme: true`, or `{activeTheme: false}` when none is set. */
export type ActiveThemeAnswer = ({ activeTheme: true } & ThemeDocument) | { activeTheme: false };

/** A theme document that does not have the shape above; `problems` name each wrong field by its JSON path. */
export class ThemeError extends Error {
  override name = 'ThemeError';
  constructor(readonly problems: readonly string[]) {
    super(`The theme document is not valid: ${problems.join('; ')}.`);
  }
}

const SECTIONS = ['generalAttributes', 'botMessage', 'userMessage', 'widgetHeader', 'widgetFooter', 'widgetBody', 'buttons'] as const;
const PANEL_THEMES = new Set(['theme_one', 'theme_two', 'theme_three', 'theme_four']);
const MAX_VALUE_LENGTH = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed JSON value and returns it as a theme document; throws a ThemeError listing every problem. */
export function validateTheme(value: unknown): ThemeDocument {
  if (!isObject(value)) throw new ThemeError(['the document must be a JSON object']);
  const problems: string[] = [];
  const known = new Set<string>([...SECTIONS, 'themeName', 'digitalViews', 'v3', 'activeTheme']);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) problems.push(`${key} is not a theme field (use ${[...known].filter((k) => k !== 'activeTheme').join(', ')})`);
  }
  if (value.activeTheme !== undefined && value.activeTheme !== true) {
    problems.push('activeTheme, when given, must be true (clear a theme instead of setting it inactive)');
  }
  if (value.themeName !== undefined && typeof value.themeName !== 'string') problems.push('themeName must be a string');
  for (const section of SECTIONS) {
    const body = value[section];
    if (body === undefined) continue;
    if (!isObject(body)) {
      problems.push(`${section} must be an object of CSS values`);
      continue;
    }
    for (const [name, v] of Object.entries(body)) {
      if (section === 'widgetBody' && name === 'useBackgroundImage') {
        if (typeof v !== 'boolean') problems.push(`widgetBody.useBackgroundImage must be true or false`);
      } else if (typeof v !== 'string') {
        problems.push(`${section}.${name} must be a string (a CSS value such as "#2b6cb0")`);
      } else if (v.length > MAX_VALUE_LENGTH) {
        problems.push(`${section}.${name} is longer than ${MAX_VALUE_LENGTH} characters`);
      }
    }
  }
  const views = value.digitalViews;
  if (views !== undefined) {
    if (!isObject(views)) problems.push('digitalViews must be an object');
    else if (views.panelTheme !== undefined && !(typeof views.panelTheme === 'string' && PANEL_THEMES.has(views.panelTheme))) {
      problems.push(`digitalViews.panelTheme must be one of ${[...PANEL_THEMES].join(', ')}`);
    }
  }
  if (value.v3 !== undefined && !isObject(value.v3)) problems.push('v3 must be an object (the v3 branding JSON)');
  if (problems.length) throw new ThemeError(problems);
  const { activeTheme: _ignored, ...doc } = value;
  return doc as ThemeDocument;
}

/** Reads and validates a theme file (JSON). Errors name the file and what is wrong. */
export async function loadTheme(file: string): Promise<ThemeDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read the theme file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`The theme file ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return validateTheme(parsed);
  } catch (err) {
    if (err instanceof ThemeError) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
}

/** The themes a platform serves: one for every bot (the `theme` option, `--theme`), and per-bot ones set by the admin API. */
export class ThemeRegistry {
  private readonly byBot = new Map<string, ThemeDocument | null>();

  constructor(private fallback: ThemeDocument | null = null) {}

  /** Sets (or with `null` clears) the theme of one bot, or of every bot when `botId` is undefined. */
  set(botId: string | undefined, theme: ThemeDocument | null): void {
    if (botId === undefined) {
      this.fallback = theme;
      this.byBot.clear();
    } else {
      this.byBot.set(botId, theme);
    }
  }

  /** The bot's theme, or null when none is set. */
  get(botId: string): ThemeDocument | null {
    return this.byBot.has(botId) ? (this.byBot.get(botId) ?? null) : this.fallback;
  }

  /** The `activetheme` answer for a bot. */
  answer(botId: string): ActiveThemeAnswer {
    const theme = this.get(botId);
    return theme ? { activeTheme: true, ...theme } : { activeTheme: false };
  }
}
