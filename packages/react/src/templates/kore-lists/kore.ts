// Readers for the fields Kore's list-like templates share. Payloads are untrusted: every read tolerates junk.
import type { JsonObject, JsonValue } from '@xo-chat/core';
import { isSafeUrl } from './deps';
import { firstText, list, record, records, text } from './deps';
import type { Choice } from '../payload';

/** Kore opens a bare host ("www.example.com") as a web page; anything else must already be an allowed URL. */
export function koreUrl(value: JsonValue | undefined): string | undefined {
  const raw = text(value).trim();
  if (isSafeUrl(raw)) return raw;
  const bare = /^[a-z0-9-]+(\.[a-z0-9-]+)+([/?#:]|$)/i.test(raw) ? `https://${raw}` : '';
  return isSafeUrl(bare) ? bare : undefined;
}

function payloadText(value: JsonValue | undefined): string {
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : text(value);
}

/**
 * A Kore button, option or default action. Postbacks send `payload || value || title` and show `renderMessage ||
 * title` (Kore's rule, so a title-only postback still answers); `url`/`web_url` (or a `link`) open a new tab.
 * `label` stands in for a missing title (a card's heading for its default action).
 */
export function koreChoice(value: JsonValue | undefined, label = ''): Choice | undefined {
  const obj = record(value);
  if (!obj) return undefined;
  const type = text(obj.type).toLowerCase();
  const title = firstText(obj, 'title', 'label', 'name') || label;
  const urlObj = record(obj.url);
  const rawUrl = obj.link ?? urlObj?.link ?? obj.url;
  if (type === 'url' || type === 'web_url' || obj.link !== undefined || (type === '' && rawUrl !== undefined && obj.payload === undefined)) {
    const url = koreUrl(rawUrl);
    const shown = title || firstText(urlObj, 'title');
    if (url) return { kind: 'link', title: shown || url, url };
    return shown ? { kind: 'inert', title: shown } : undefined;
  }
  // Without a type, only an explicit payload or value makes something clickable (a row's plain title is not).
  const titleSends = type === 'postback' || type === 'text';
  const payload = payloadText(obj.payload) || text(obj.value) || (titleSends ? title : '');
  const shown = firstText(obj, 'renderMessage') || title || payload;
  if (payload) return { kind: 'postback', title: shown, payload };
  return shown ? { kind: 'inert', title: shown } : undefined;
}

/** The choices of an array field, skipping entries with nothing to show. */
export function koreChoices(value: JsonValue | undefined): Choice[] {
  return list(value).flatMap((item) => {
    const choice = koreChoice(item);
    return choice ? [choice] : [];
  });
}

/** A positive whole number from a number or numeric string (Kore sends `"3"` as often as `3`). */
export function count(value: JsonValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : Number.parseInt(text(value), 10);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

/** `image: {image_type, image_src}` or a plain URL, as Kore's list widgets carry them. */
export function imageSrc(value: JsonValue | undefined): JsonValue | undefined {
  const obj = record(value);
  return obj ? (obj.image_src ?? obj.url) : value;
}

export type { Choice };
export { firstText, list, record, records, text };
export type { JsonObject, JsonValue };
