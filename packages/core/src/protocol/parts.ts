// Turns the platform's message entries (live `bot_response` entries and history components) into parts.
//
// What Kore's bots print arrives in a few wrappings, all handled here:
// - `component: {type: 'template', payload: {type: 'template', payload: {template_type, ...}}}`;
// - media wrapped the same way: `component: {type: 'template', payload: {type: 'image' | 'video' | 'audio' |
//   'link' | 'document', payload: {url, ...}}}`, or named directly (`component: {type: 'image', payload: {url}}`);
// - `{type: 'message', payload: {text, videoUrl | audioUrl}}`: text with media;
// - `{type: 'error', payload: {text, color}}`: an error the bot wants shown;
// - any of these as a JSON string in `cInfo.body` or in a history item's `data.text`.
import type { AttachmentKind, AttachmentPart, JsonObject, MessagePart, TemplatePart } from '../types';
import { isHttpUrl } from '../url';
import { isRecord, str, tryJson } from '../util/json';

const ATTACHMENT_KINDS: Record<string, AttachmentKind> = {
  image: 'image',
  audio: 'audio',
  video: 'video',
  link: 'link',
  document: 'file',
  file: 'file',
  // Kore's `fileType` of a file the user sent that is not media.
  attachment: 'file',
};

/** Templates that steer the client rather than show content. */
export type Directive = 'wait' | 'system' | 'agent';

export interface PartsResult {
  parts: MessagePart[];
  directives: Set<Directive>;
}

/** The `templateType` of Kore's inline digital form: a payload with `formData` and no `template_type`. */
export const INLINE_FORM_TEMPLATE = 'inline_form';
/** The `templateType` of a component `{type: 'error', payload: {text, color}}`. */
export const ERROR_TEMPLATE = 'error';

export function templatePart(payload: JsonObject): TemplatePart {
  const named = str(payload.template_type);
  const templateType = named || (isRecord(payload.formData) ? INLINE_FORM_TEMPLATE : 'unknown');
  const fallbackText = str(payload.text) ?? str(payload.heading) ?? str(payload.title) ?? '';
  return { type: 'template', templateType, payload, fallbackText };
}

/** `{type: 'template', payload: {template_type...}}` (or the inner payload itself) to the template payload. */
function templatePayload(value: unknown): JsonObject | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'template' && isRecord(value.payload)) return value.payload;
  if (typeof value.template_type === 'string') return value;
  return undefined;
}

function addTemplate(payload: JsonObject, out: PartsResult): void {
  const part = templatePart(payload);
  switch (part.templateType) {
    case 'wait_for_response':
      out.directives.add('wait');
      return;
    // SYSTEM and live_agent keep their template, so their renderers (a banner, the agent's text) run; the
    // directive makes the message the system's or the agent's.
    case 'SYSTEM':
      out.directives.add('system');
      if (part.fallbackText.trim() !== '') out.parts.push(part);
      return;
    case 'live_agent':
      out.directives.add('agent');
      if (part.fallbackText.trim() !== '') out.parts.push(part);
      return;
    default:
      out.parts.push(part);
  }
}

/** An own-property lookup: a component type such as `constructor` or `__proto__` is no attachment kind. */
function attachmentKind(name: string | undefined): AttachmentKind | undefined {
  return name !== undefined && Object.hasOwn(ATTACHMENT_KINDS, name) ? ATTACHMENT_KINDS[name] : undefined;
}

/** A URL as Kore's samples write them, with stray spaces around it; undefined for anything but a string. */
function trimmedUrl(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/**
 * The attachment a `{url, name?, text?}` payload describes. A URL that is not an allow-listed http(s) one gives a
 * `blocked` part with an empty `url` (the refused URL never enters the model), so the window can say that
 * something was not shown; undefined when the payload has no URL at all.
 */
export function attachmentPart(kindName: string, payload: unknown, caption?: string): AttachmentPart | undefined {
  const kind = attachmentKind(kindName);
  if (!kind || !isRecord(payload)) return undefined;
  const url = trimmedUrl(payload.url);
  if (url === undefined || url === '') return undefined;
  const part: AttachmentPart = isHttpUrl(url) ? { type: 'attachment', kind, url } : { type: 'attachment', kind, url: '', blocked: true };
  const name = str(payload.name) ?? str(payload.fileName) ?? str(payload.title);
  if (name) part.name = name;
  const text = caption ?? str(payload.text) ?? str(payload.alt);
  if (text) part.text = text;
  return part;
}

/** `{text, videoUrl | audioUrl}` (Kore's `message` type): the text, then its media. */
function addMediaMessage(payload: unknown, out: PartsResult): boolean {
  if (!isRecord(payload)) return false;
  const inner = isRecord(payload.payload) ? payload.payload : payload;
  const text = str(inner.text);
  const before = out.parts.length;
  if (text) out.parts.push({ type: 'text', text });
  for (const [kind, key] of [['video', 'videoUrl'], ['audio', 'audioUrl'], ['image', 'imageUrl']] as const) {
    const media = attachmentPart(kind, { url: inner[key] });
    if (media) out.parts.push(media);
  }
  return out.parts.length > before;
}

/** `{text, color}` of an error component, as an `error` template (its renderer checks the colour). */
function addError(payload: unknown, out: PartsResult): boolean {
  const inner = isRecord(payload) ? payload : { text: str(payload) ?? '' };
  const text = str(inner.text) ?? str(inner.message) ?? '';
  if (text.trim() === '') return false;
  const errorPayload: JsonObject = { template_type: ERROR_TEMPLATE, text };
  const color = str(inner.color);
  if (color) errorPayload.color = color;
  out.parts.push({ type: 'template', templateType: ERROR_TEMPLATE, payload: errorPayload, fallbackText: text });
  return true;
}

/** Media from `{type, payload}`: the URL in `payload` (or in `payload.payload`), the caption beside it. */
function addAttachment(kindName: string, payload: unknown, out: PartsResult): boolean {
  const inner = isRecord(payload) && isRecord(payload.payload) && payload.url === undefined ? payload.payload : payload;
  const part = attachmentPart(kindName, inner);
  if (!part) return false;
  out.parts.push(part);
  return true;
}

/** `{type: 'image' | 'message' | 'error' | ..., payload}`: a kind of content that is not a template. */
function isTypedContent(value: JsonObject): value is JsonObject & { type: string } {
  const type = value.type;
  if (typeof type !== 'string' || value.template_type !== undefined) return false;
  return attachmentKind(type) !== undefined || type === 'message' || type === 'error';
}

/**
 * A `{type, payload}` object (a component, or what a bot printed): a template, media, a message with media or an
 * error. False when it is none of these, so the caller can fall back to the entry's text.
 */
function addTyped(type: string | undefined, payload: unknown, out: PartsResult): boolean {
  if (type === 'template') {
    if (!isRecord(payload)) return false;
    // Kore wraps media like templates: `{type: 'template', payload: {type: 'image', payload: {url}}}`.
    let value = payload;
    if (value.type === 'template' && isRecord(value.payload) && isTypedContent(value.payload)) value = value.payload;
    if (isTypedContent(value)) return addTyped(value.type, value.payload, out);
    const tpl = templatePayload(value);
    if (tpl) addTemplate(tpl, out);
    return tpl !== undefined;
  }
  if (type !== undefined && attachmentKind(type)) return addAttachment(type, payload, out);
  if (type === 'message') return addMediaMessage(payload, out);
  if (type === 'error') return addError(payload, out);
  return false;
}

/** A parsed JSON value: `{type, payload}`, or a bare template payload (`{template_type, ...}`). */
function addJsonValue(value: unknown, out: PartsResult): boolean {
  if (!isRecord(value)) return false;
  if (typeof value.template_type === 'string') {
    addTemplate(value, out);
    return true;
  }
  const type = str(value.type);
  if (type === 'template') return addTyped('template', value, out);
  // Media, a message or an error that holds nothing usable is consumed all the same: never shown as raw JSON.
  if (isTypedContent(value)) {
    addTyped(type, value.payload, out);
    return true;
  }
  return false;
}

/** Text that may be a template, media or an error serialized as JSON (`cInfo.body`, history `data.text`). */
function textOrTemplate(text: string, out: PartsResult): void {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}') && addJsonValue(tryJson(trimmed), out)) return;
  if (text !== '') out.parts.push({ type: 'text', text });
}

/** One entry of `bot_response.message[]`. */
export function addEntry(entry: unknown, out: PartsResult): void {
  if (!isRecord(entry)) return;
  const component = isRecord(entry.component) ? entry.component : undefined;
  const body = isRecord(entry.cInfo) ? entry.cInfo.body : undefined;
  const kind = str(component?.type);
  const payload = component?.payload;
  if (kind === 'text') {
    const text = isRecord(payload) ? str(payload.text) : str(payload);
    if (text !== undefined) return textOrTemplate(text, out);
  } else if (kind !== undefined && addTyped(kind, payload, out)) {
    return;
  }
  // Fall back to cInfo.body: plain text, a template or media as a JSON string, or such an object.
  if (typeof body === 'string') return textOrTemplate(body, out);
  addJsonValue(body, out);
}

export function newParts(): PartsResult {
  return { parts: [], directives: new Set() };
}
