// Pending user messages in KeyValueStorage, so a reload shows and resends them. Holds no token, ever.
import type { KeyValueStorage } from '../types';
import { isRecord, str, tryJson } from '../util/json';

export interface StoredEntry {
  id: string;
  body: string;
  createdAt: number;
  renderMsg?: string;
  /** Set when the message had failed; the reload shows it as failed with retry. */
  failed?: string;
}

export function defaultStorage(): KeyValueStorage | null {
  try {
    const candidate = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    return candidate && typeof candidate.getItem === 'function' ? candidate : null;
  } catch {
    // Reading localStorage throws where storage is blocked (sandboxed iframes, some privacy modes).
    return null;
  }
}

export function loadEntries(storage: KeyValueStorage | null, key: string, report: (msg: string) => void): StoredEntry[] {
  if (!storage) return [];
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (error) {
    report(`outbox storage could not be read: ${String(error)}`);
    return [];
  }
  if (raw === null) return [];
  const data = tryJson(raw);
  const items: unknown[] = isRecord(data) && Array.isArray(data.items) ? data.items : [];
  if (items.length === 0 && !(isRecord(data) && Array.isArray(data.items))) {
    report(`outbox storage key "${key}" holds no outbox; ignoring it`);
  }
  const out: StoredEntry[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isRecord(item)) continue;
    const id = str(item.id);
    const body = str(item.body);
    const createdAt = item.createdAt;
    if (!id || body === undefined || typeof createdAt !== 'number' || !Number.isFinite(createdAt) || seen.has(id)) {
      report('outbox storage held a malformed entry; skipped it');
      continue;
    }
    seen.add(id);
    const entry: StoredEntry = { id, body, createdAt };
    const renderMsg = str(item.renderMsg);
    if (renderMsg) entry.renderMsg = renderMsg;
    const failed = str(item.failed);
    if (failed) entry.failed = failed;
    out.push(entry);
  }
  return out;
}

export function saveEntries(
  storage: KeyValueStorage | null,
  key: string,
  entries: readonly StoredEntry[],
  report: (msg: string) => void,
): void {
  if (!storage) return;
  try {
    if (entries.length === 0) storage.removeItem(key);
    else {
      const items = entries.map(({ id, body, createdAt, renderMsg, failed }) => ({ id, body, createdAt, renderMsg, failed }));
      storage.setItem(key, JSON.stringify({ v: 1, items }));
    }
  } catch (error) {
    // Quota or a blocked storage: the messages still go out from memory; only a reload would lose them.
    report(`outbox storage could not be written: ${String(error)}`);
  }
}
