// What a site owner configures, read from the element's attributes or from `XOChat.mount` options, and checked
// once here so every mistake is reported with the attribute's name and what to set instead.

export type EmbedMode = 'floating' | 'inline';
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** Options for `XOChat.mount(element, options)`: the attributes of `<xo-chat>`, camel-cased. */
export interface EmbedOptions {
  /** The XO Platform host, e.g. `https://bots.kore.ai`. */
  apiHost: string;
  /** The bot's name as the platform knows it. */
  botName: string;
  /** The bot's id (`st-...`). */
  botId: string;
  /** The host's JWT endpoint: `POST {identity}` answers `{jwt}`. Relative URLs resolve against the page. */
  jwtUrl: string;
  /** Who the visitor is; without it, one anonymous identity per browser. */
  identity?: string;
  mode?: EmbedMode;
  title?: string;
  locale?: string;
  theme?: EmbedTheme;
  /** Voice input and read-aloud (the browser's own), off by default. */
  speech?: boolean;
}

/** Options after validation: URLs absolute, defaults filled in. */
export interface EmbedConfig {
  apiHost: string;
  botName: string;
  botId: string;
  jwtUrl: string;
  identity: string | null;
  mode: EmbedMode;
  title: string | null;
  locale: string | null;
  theme: EmbedTheme;
  speech: boolean;
}

/** One mistake, named by the attribute (`api-host`) a page author writes. */
export interface ConfigProblem {
  attribute: AttributeName;
  message: string;
}

export type ConfigResult = { ok: true; config: EmbedConfig } | { ok: false; problems: ConfigProblem[] };

export const ATTRIBUTES = ['api-host', 'bot-name', 'bot-id', 'jwt-url', 'identity', 'mode', 'title', 'locale', 'theme', 'speech'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

const MODES: readonly EmbedMode[] = ['floating', 'inline'];
const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];

export type RawConfig = Partial<Record<AttributeName, string | null | undefined>>;

/** Reads the attributes of an element (or anything with `getAttribute`). */
export function readAttributes(element: Pick<Element, 'getAttribute'>): RawConfig {
  const raw: RawConfig = {};
  for (const name of ATTRIBUTES) raw[name] = element.getAttribute(name);
  return raw;
}

/** Maps `mount` options to attribute names, so both paths share one validation and one set of messages. */
export function optionsToRaw(options: unknown): RawConfig | ConfigProblem[] {
  if (!options || typeof options !== 'object') {
    return [{ attribute: 'api-host', message: 'XOChat.mount(element, options) needs an options object: { apiHost, botName, botId, jwtUrl }.' }];
  }
  const o = options as Record<string, unknown>;
  const keys: Record<string, AttributeName> = {
    apiHost: 'api-host',
    botName: 'bot-name',
    botId: 'bot-id',
    jwtUrl: 'jwt-url',
    identity: 'identity',
    mode: 'mode',
    title: 'title',
    locale: 'locale',
    theme: 'theme',
    speech: 'speech',
  };
  const raw: RawConfig = {};
  const problems: ConfigProblem[] = [];
  for (const [key, attribute] of Object.entries(keys)) {
    const value = o[key];
    if (value === undefined || value === null) continue;
    if (key === 'speech' && typeof value === 'boolean') {
      if (value) raw[attribute] = '';
      continue;
    }
    if (key === 'speech') {
      problems.push({ attribute, message: `speech must be true or false, not ${typeof value}.` });
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({ attribute, message: `${key} must be a string, not ${typeof value}.` });
      continue;
    }
    raw[attribute] = value;
  }
  return problems.length ? problems : raw;
}

function httpUrl(value: string, base: string | undefined): URL | null {
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function validLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Validates raw attribute values. `baseUrl` (the page's URL) resolves a relative `jwt-url`; `api-host` must be
 * absolute, because the platform is never the page's own origin by accident.
 */
export function parseConfig(raw: RawConfig, baseUrl?: string): ConfigResult {
  const problems: ConfigProblem[] = [];
  const get = (name: AttributeName): string | null => {
    const value = raw[name];
    if (value === undefined || value === null) return null;
    return value.trim();
  };
  const required = (name: AttributeName, what: string): string | null => {
    const value = get(name);
    if (!value) problems.push({ attribute: name, message: `${name} is missing. Set it to ${what}.` });
    return value || null;
  };

  const apiHostRaw = required('api-host', 'your XO Platform host, e.g. api-host="https://bots.kore.ai"');
  let apiHost = '';
  if (apiHostRaw) {
    const url = httpUrl(apiHostRaw, undefined);
    if (!url) {
      problems.push({ attribute: 'api-host', message: `api-host "${apiHostRaw}" is not an absolute http(s) URL. Set it to your XO Platform host, e.g. api-host="https://bots.kore.ai".` });
    } else {
      apiHost = url.origin;
    }
  }

  const botName = required('bot-name', 'the bot\'s name on the XO Platform, e.g. bot-name="Support Bot"') ?? '';

  const botIdRaw = required('bot-id', 'the bot\'s id from the XO Platform (it starts with st-), e.g. bot-id="st-1234abcd-..."');
  if (botIdRaw && (!/^st-[\w-]+$/.test(botIdRaw) || botIdRaw.length > 200)) {
    problems.push({ attribute: 'bot-id', message: `bot-id "${botIdRaw}" is not a bot id. Set it to the bot's id from the XO Platform (it starts with st-), e.g. bot-id="st-1234abcd-...".` });
  }

  const jwtUrlRaw = required('jwt-url', 'your backend\'s JWT endpoint (POST {identity} answers {jwt}), e.g. jwt-url="/api/chat-jwt"');
  let jwtUrl = '';
  if (jwtUrlRaw) {
    const url = httpUrl(jwtUrlRaw, baseUrl);
    if (!url) {
      problems.push({ attribute: 'jwt-url', message: `jwt-url "${jwtUrlRaw}" is not an http(s) URL. Set it to your backend's JWT endpoint (POST {identity} answers {jwt}), e.g. jwt-url="/api/chat-jwt".` });
    } else {
      jwtUrl = url.href;
    }
  }

  const identityRaw = raw.identity;
  let identity: string | null = null;
  if (identityRaw !== undefined && identityRaw !== null) {
    identity = identityRaw.trim();
    if (!identity || identity.length > 256) {
      problems.push({ attribute: 'identity', message: 'identity is empty or longer than 256 characters. Set it to the signed-in visitor\'s id, or remove it for an anonymous visitor.' });
    }
  }

  const mode = get('mode') ?? 'floating';
  if (!(MODES as readonly string[]).includes(mode)) {
    problems.push({ attribute: 'mode', message: `mode "${mode}" is not known. Set it to floating (a launcher in the corner) or inline (fills the element).` });
  }
  const theme = get('theme') ?? 'auto';
  if (!(THEMES as readonly string[]).includes(theme)) {
    problems.push({ attribute: 'theme', message: `theme "${theme}" is not known. Set it to light, dark or auto.` });
  }
  const locale = get('locale');
  if (locale !== null && !validLocale(locale)) {
    problems.push({ attribute: 'locale', message: `locale "${locale}" is not a language tag. Set it to a BCP 47 tag, e.g. locale="en", "fr" or "ar-EG".` });
  }
  const title = get('title');
  // A boolean attribute: present (`speech`, `speech="on"`) turns it on.
  const speechRaw = get('speech');
  if (speechRaw !== null && !['', 'on', 'true', 'off', 'false'].includes(speechRaw)) {
    problems.push({ attribute: 'speech', message: `speech "${speechRaw}" is not known. Write speech (or speech="on") for voice input and read-aloud, or leave it out.` });
  }
  const speech = speechRaw !== null && !['off', 'false'].includes(speechRaw);

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    config: {
      apiHost,
      botName,
      botId: botIdRaw ?? '',
      jwtUrl,
      identity,
      mode: mode as EmbedMode,
      title: title || null,
      locale: locale || null,
      theme: theme as EmbedTheme,
      speech,
    },
  };
}

/**
 * True when going from `a` to `b` needs a new client: another platform, bot, endpoint or person, or another
 * locale (the client sends it with every message as `meta.locale`).
 */
export function needsNewClient(a: EmbedConfig, b: EmbedConfig): boolean {
  return a.apiHost !== b.apiHost || a.botName !== b.botName || a.botId !== b.botId || a.jwtUrl !== b.jwtUrl || a.identity !== b.identity || a.locale !== b.locale;
}

/** One readable paragraph per problem, prefixed with where it came from. */
export function describeProblems(problems: readonly ConfigProblem[], source: string): string[] {
  return problems.map((p) => `${source}: ${p.message}`);
}
