// Where the demo connects: stored settings, overridden by query parameters (?apiHost=&botName=&botId=&jwtUrl=).
export interface DemoSettings {
  apiHost: string;
  botName: string;
  botId: string;
  /** The host's JWT endpoint (Kore's sample contract: POST {identity} -> {jwt}). */
  jwtUrl: string;
}

const STORAGE_KEY = 'xo-demo:settings';
const QUERY_KEYS = ['apiHost', 'botName', 'botId', 'jwtUrl'] as const;

export function defaultSettings(location: Pick<Location, 'protocol' | 'hostname'>): DemoSettings {
  const apiHost = `${location.protocol}//${location.hostname}:3917`;
  return { apiHost, botName: 'XO Demo', botId: 'st-xo-demo', jwtUrl: `${apiHost}/users/sts` };
}

function readStored(storage: Storage): Partial<DemoSettings> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Partial<DemoSettings> = {};
    for (const key of QUERY_KEYS) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim()) out[key] = value.trim();
    }
    return out;
  } catch {
    return {};
  }
}

export function loadSettings(location: Location = window.location, storage: Storage = window.localStorage): DemoSettings {
  const settings = { ...defaultSettings(location), ...readStored(storage) };
  const query = new URLSearchParams(location.search);
  for (const key of QUERY_KEYS) {
    const value = query.get(key)?.trim();
    if (value) settings[key] = value;
  }
  return settings;
}

export function saveSettings(settings: DemoSettings, storage: Storage = window.localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(settings));
}

export function clearSettings(storage: Storage = window.localStorage): void {
  storage.removeItem(STORAGE_KEY);
}

/** Says what is wrong with a setting, or null when it is usable. */
export function validateSettings(settings: DemoSettings): string | null {
  for (const key of ['apiHost', 'jwtUrl'] as const) {
    try {
      const url = new URL(settings[key]);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${key} must be an http(s) URL.`;
    } catch {
      return `${key} is not a URL: "${settings[key]}". Use e.g. https://bots.kore.ai.`;
    }
  }
  if (!settings.botName.trim()) return 'botName is empty: use the bot name from the XO Platform.';
  if (!/^st-/.test(settings.botId)) return `botId "${settings.botId}" does not look like a bot id (st-...).`;
  return null;
}
