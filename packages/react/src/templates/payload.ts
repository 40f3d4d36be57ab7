// Template payloads are untrusted, loosely typed JSON: every read here tolerates a missing or wrong-typed field.
import type { JsonObject, JsonValue } from '@xo-chat/core';
import { isMediaUrl, isSafeUrl } from './safe-url';

/** A string or number field as text; anything else is ''. */
export function text(value: JsonValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The first non-empty text among `keys` of `obj`. */
export function firstText(obj: JsonObject | undefined, ...keys: string[]): string {
  for (const key of keys) {
    const value = text(obj?.[key]);
    if (value !== '') return value;
  }
  return '';
}

export function list(value: JsonValue | undefined): readonly JsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function record(value: JsonValue | undefined): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

/** The records of an array field, skipping entries of any other type. */
export function records(value: JsonValue | undefined): JsonObject[] {
  return list(value).flatMap((item) => {
    const obj = record(item);
    return obj ? [obj] : [];
  });
}

/** Kore's samples put spaces around URLs: they are trimmed before the allow-list check (and only then used). */
const trimmed = (value: JsonValue | undefined) => (typeof value === 'string' ? value.trim() : value);

export function safeUrl(value: JsonValue | undefined): string | undefined {
  const url = trimmed(value);
  return isSafeUrl(url) ? url : undefined;
}

export function mediaUrl(value: JsonValue | undefined): string | undefined {
  const url = trimmed(value);
  return isMediaUrl(url) ? url : undefined;
}

/** A button, choice or default action, reduced to what the UI can do with it. */
export type Choice =
  | { kind: 'postback'; title: string; payload: string }
  | { kind: 'link'; title: string; url: string }
  /** A link whose URL was refused, or a button with nothing to send: shown as plain text. */
  | { kind: 'inert'; title: string };

function payloadText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return text(value) || (typeof value === 'boolean' ? String(value) : '');
}

/**
 * Reads `{type: 'postback' | 'text', title, payload | value}` or `{type: 'web_url' | 'url', title, url}`.
 * A postback sends `payload`, else `value`; one that names itself a postback (`type: 'postback' | 'text'`) but
 * carries only a title sends its title, as Kore's SDK does. `titleFirst` reads `payload || title || value`, Kore's
 * order for a list row's `default_action`. Returns undefined when there is nothing to show at all.
 */
export function readChoice(value: JsonValue | undefined, options: { titleFirst?: boolean } = {}): Choice | undefined {
  const obj = record(value);
  if (!obj) return undefined;
  const type = text(obj.type).toLowerCase();
  const title = firstText(obj, 'title', 'label', 'text', 'name');
  const urlField = obj.url ?? obj.fallback_url;
  if (type === 'web_url' || type === 'url' || (type === '' && urlField !== undefined && obj.payload === undefined)) {
    const url = safeUrl(urlField);
    if (url) return { kind: 'link', title: title || url, url };
    return title ? { kind: 'inert', title } : undefined;
  }
  const explicit = type === 'postback' || type === 'text';
  const payload = payloadText(obj.payload);
  const fromValue = payloadText(obj.value);
  const sent = options.titleFirst ? payload || (explicit ? title : '') || fromValue : payload || fromValue || (explicit ? title : '');
  if (sent !== '') return { kind: 'postback', title: title || sent, payload: sent };
  return title ? { kind: 'inert', title } : undefined;
}

export function readChoices(value: JsonValue | undefined): Choice[] {
  return list(value).flatMap((item) => {
    const choice = readChoice(item);
    return choice ? [choice] : [];
  });
}
