// What clients told the platform beyond messages: socket URL parameters, ConnectionMode, language, and
// `customData`/`metaTags` on the grant, rtm/start, every frame and each message. In memory; for the admin API.
import type { JsonObject } from './bot/script-types.js';

export type ContextSource = 'grant' | 'rtm/start' | 'frame' | 'message';

export interface ContextEntry {
  at: string;
  source: ContextSource;
  /** For `frame`: `message` or `ping`. */
  frameType?: string;
  clientMessageId?: string;
  customData?: JsonObject;
  metaTags?: JsonObject;
  language?: string;
}

export interface ConnectionEntry {
  at: string;
  userId: string;
  botId: string;
  sessionId: string;
  /** The mode in effect (`Default` when none was given). */
  mode: string;
  connectionMode: string | null;
  isReconnect: boolean;
  newSession: boolean;
  greeted: boolean;
  language: string | null;
  /** Every socket URL parameter but `sid`. */
  params: Record<string, string>;
  /** Set when the socket was refused (an unknown ConnectionMode). */
  error?: string;
}

const MAX_PER_USER = 500;
const MAX_CONNECTIONS = 1000;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `customData` and `metaTags` of an object (a `botInfo` or a `message`), when they are objects. */
export function contextOf(holder: unknown): Pick<ContextEntry, 'customData' | 'metaTags'> {
  const out: Pick<ContextEntry, 'customData' | 'metaTags'> = {};
  if (!isObject(holder)) return out;
  if (isObject(holder.customData)) out.customData = holder.customData;
  if (isObject(holder.metaTags)) out.metaTags = holder.metaTags;
  return out;
}

export class Records {
  private readonly context = new Map<string, ContextEntry[]>();
  readonly connections: ConnectionEntry[] = [];

  note(userId: string, entry: Omit<ContextEntry, 'at'>, now: number): void {
    let list = this.context.get(userId);
    if (!list) this.context.set(userId, (list = []));
    list.push({ at: new Date(now).toISOString(), ...entry });
    if (list.length > MAX_PER_USER) list.splice(0, list.length - MAX_PER_USER);
  }

  connected(entry: ConnectionEntry): void {
    this.connections.push(entry);
    if (this.connections.length > MAX_CONNECTIONS) this.connections.splice(0, this.connections.length - MAX_CONNECTIONS);
  }

  contextOf(userId: string): ContextEntry[] {
    return this.context.get(userId) ?? [];
  }

  /** The newest `customData`, `metaTags` and `language` the user sent, from any source. */
  latest(userId: string): { customData?: JsonObject; metaTags?: JsonObject; language?: string } {
    const out: { customData?: JsonObject; metaTags?: JsonObject; language?: string } = {};
    for (const e of this.contextOf(userId)) {
      if (e.customData && e.source !== 'message') out.customData = e.customData;
      if (e.metaTags && e.source !== 'message') out.metaTags = e.metaTags;
      if (e.language) out.language = e.language;
    }
    return out;
  }
}
