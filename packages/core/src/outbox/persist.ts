// Pending user messages in KeyValueStorage, so a reload shows and resends them. Holds no token, ever.
//
// Layout: one key per message, `{storageKey}:{userId}:{clientMessageId}`. Keys are per user, so a pending message
// is read back only after a grant for the same user (Bob never sees Alice's). One key per message, written only
// by the tab that owns it, means two tabs never overwrite each other's list; a tab that reloads adopts the
// messages whose owning tab is gone (see ./tabs.ts).
import type { AttachmentKind, JsonObject, KeyValueStorage } from '../types';
import { isRecord, str, tryJson } from '../util/json';
import type { TabLocks } from './tabs';

export interface StoredEntry {
  id: string;
  body: string;
  createdAt: number;
  renderMsg?: string;
  customData?: JsonObject;
  metaTags?: JsonObject;
  /** Set when the message failed (never written, or refused by the platform); retry resends it. */
  failed?: string;
  /** Set when it was written but neither acked nor found in history in time; retry checks history first. */
  unconfirmed?: string;
  /** When it was first and last written to a socket; a written message is never written again blindly. */
  firstWrittenAt?: number;
  lastWrittenAt?: number;
  /** Written, ack missing: history must say whether the platform has it before it is written again. */
  doubt?: boolean;
  /** In memory only: when it started waiting behind others or for a socket. */
  queuedAt?: number;
  /** A file (`sendFile`): what it is and, once uploaded, its URL. */
  file?: { name: string; kind: AttachmentKind; size: number; url?: string };
  /** The frame's `message.attachments`, once the file is uploaded (until then the entry is not in the outbox). */
  attachments?: JsonObject[];
}

/** The outbox's view of storage: one user's entries, owned by this tab. */
export interface OutboxStorage {
  save(entry: StoredEntry): void;
  remove(id: string): void;
}

export const noStorage: OutboxStorage = { save() {}, remove() {} };

export function defaultStorage(): KeyValueStorage | null {
  try {
    const candidate = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    return candidate && typeof candidate.getItem === 'function' ? candidate : null;
  } catch {
    // Reading localStorage throws where storage is blocked (sandboxed iframes, some privacy modes).
    return null;
  }
}

const enumerable = (s: KeyValueStorage): s is KeyValueStorage & { key(i: number): string | null; readonly length: number } =>
  typeof s.key === 'function' && typeof s.length === 'number';

interface Record_ extends StoredEntry {
  tab: string;
}

function parseEntry(raw: string | null): Record_ | undefined {
  if (raw === null) return undefined;
  const item = tryJson(raw);
  if (!isRecord(item) || item.v !== 2) return undefined;
  const id = str(item.id);
  const body = str(item.body);
  const tab = str(item.tab);
  const createdAt = item.createdAt;
  if (!id || body === undefined || !tab || typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return undefined;
  const entry: Record_ = { id, body, createdAt, tab };
  for (const key of ['renderMsg', 'failed', 'unconfirmed'] as const) {
    const value = str(item[key]);
    if (value) entry[key] = value;
  }
  for (const key of ['firstWrittenAt', 'lastWrittenAt'] as const) {
    const value = item[key];
    if (typeof value === 'number' && Number.isFinite(value)) entry[key] = value;
  }
  if (item.doubt === true) entry.doubt = true;
  if (isRecord(item.customData)) entry.customData = item.customData;
  if (isRecord(item.metaTags)) entry.metaTags = item.metaTags;
  // Written by save() below; the name is checked because the window shows it.
  if (isRecord(item.file) && str(item.file.name)) entry.file = item.file as unknown as NonNullable<StoredEntry['file']>;
  if (Array.isArray(item.attachments)) entry.attachments = item.attachments as JsonObject[];
  return entry;
}

export interface UserOutboxStorage extends OutboxStorage {
  /**
   * Entries of this user that no live tab owns (a reload's, a closed tab's), taken over by this tab, oldest
   * first. Entries of a tab still open are left to it.
   */
  adoptOrphans(): Promise<StoredEntry[]>;
}

export interface UserStorageOptions {
  storage: KeyValueStorage | null;
  /** `{storageKey}:{userId}:` */
  prefix: string;
  tab: string;
  locks: TabLocks;
  report: (message: string) => void;
}

export function userStorage(o: UserStorageOptions): UserOutboxStorage {
  const storage = o.storage;
  if (!storage) return { ...noStorage, adoptOrphans: async () => [] };
  if (!enumerable(storage)) {
    o.report('outbox storage has no key()/length (as localStorage has): pending messages will not survive a reload');
    return { ...noStorage, adoptOrphans: async () => [] };
  }
  return enumerableStorage(o, storage);
}

function enumerableStorage(
  o: UserStorageOptions,
  storage: KeyValueStorage & { key(i: number): string | null; readonly length: number },
): UserOutboxStorage {
  const keyOf = (id: string) => `${o.prefix}${id}`;
  const guard = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      // Quota or a blocked storage: the messages still go out from memory; only a reload would lose them.
      o.report(`outbox storage could not be ${what}: ${String(error)}`);
    }
  };

  function save(entry: StoredEntry): void {
    // Whatever else the entry holds (the outbox's timers) is ignored when read back.
    guard('written', () => storage.setItem(keyOf(entry.id), JSON.stringify({ ...entry, v: 2, tab: o.tab })));
  }

  function ownKeys(): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(o.prefix)) keys.push(key);
      }
    } catch (error) {
      o.report(`outbox storage could not be read: ${String(error)}`);
    }
    return keys;
  }

  return {
    save,
    remove: (id) => guard('written', () => storage.removeItem(keyOf(id))),
    async adoptOrphans() {
      // One tab adopts at a time, so two tabs opening together never both take (and send) the same message.
      return o.locks.exclusive(`${o.prefix}adopt`, async () => {
        const live = await o.locks.liveTabs();
        const adopted: StoredEntry[] = [];
        for (const key of ownKeys()) {
          let raw: string | null = null;
          guard('read', () => (raw = storage.getItem(key)));
          const entry = parseEntry(raw);
          if (!entry || keyOf(entry.id) !== key) {
            o.report(`outbox storage key "${key}" held a malformed entry; removed it`);
            guard('written', () => storage.removeItem(key));
            continue;
          }
          if (entry.tab !== o.tab && live.has(entry.tab)) continue;
          const { tab: _owner, ...rest } = entry;
          save(rest);
          adopted.push(rest);
        }
        return adopted.sort((a, b) => a.createdAt - b.createdAt);
      });
    },
  };
}
