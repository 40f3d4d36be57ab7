// Turns the platform's message entries (live `bot_response` entries and history components) into parts.
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
};

/** Templates that steer the client rather than show content. */
export type Directive = 'wait' | 'system' | 'agent';

export interface PartsResult {
  parts: MessagePart[];
  directives: Set<Directive>;
}

export function templatePart(payload: JsonObject): TemplatePart {
  const templateType = str(payload.template_type) || 'unknown';
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

/** Text that may be a template serialized as JSON (`cInfo.body`, history `data.text`). */
function textOrTemplate(text: string, out: PartsResult): void {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const payload = templatePayload(tryJson(trimmed));
    if (payload) return addTemplate(payload, out);
  }
  if (text !== '') out.parts.push({ type: 'text', text });
}

function addTemplate(payload: JsonObject, out: PartsResult): void {
  const part = templatePart(payload);
  switch (part.templateType) {
    case 'wait_for_response':
      out.directives.add('wait');
      return;
    case 'SYSTEM':
      out.directives.add('system');
      if (part.fallbackText) out.parts.push({ type: 'text', text: part.fallbackText });
      return;
    case 'live_agent':
      out.directives.add('agent');
      if (part.fallbackText) out.parts.push({ type: 'text', text: part.fallbackText });
      return;
    default:
      out.parts.push(part);
  }
}

/** An own-property lookup: a component type such as `constructor` or `__proto__` is no attachment kind. */
function attachmentKind(name: string | undefined): AttachmentKind | undefined {
  return name !== undefined && Object.hasOwn(ATTACHMENT_KINDS, name) ? ATTACHMENT_KINDS[name] : undefined;
}

export function attachmentPart(kindName: string, payload: unknown, caption?: string): AttachmentPart | undefined {
  const kind = attachmentKind(kindName);
  if (!kind || !isRecord(payload) || !isHttpUrl(payload.url)) return undefined;
  const part: AttachmentPart = { type: 'attachment', kind, url: payload.url };
  const name = str(payload.name);
  if (name) part.name = name;
  const text = caption ?? str(payload.text);
  if (text) part.text = text;
  return part;
}

/** One entry of `bot_response.message[]`. */
export function addEntry(entry: unknown, out: PartsResult): void {
  if (!isRecord(entry)) return;
  const component = isRecord(entry.component) ? entry.component : undefined;
  const body = isRecord(entry.cInfo) ? entry.cInfo.body : undefined;
  const kind = str(component?.type);
  const payload = component?.payload;
  if (kind === 'template') {
    const tpl = templatePayload(payload);
    if (tpl) return addTemplate(tpl, out);
  } else if (kind && attachmentKind(kind)) {
    const inner = isRecord(payload) && isRecord(payload.payload) ? payload.payload : payload;
    const part = attachmentPart(kind, inner);
    if (part) return void out.parts.push(part);
  } else if (kind === 'message' && isRecord(payload)) {
    const inner = isRecord(payload.payload) ? payload.payload : payload;
    const text = str(inner.text);
    if (text) out.parts.push({ type: 'text', text });
    const video = attachmentPart('video', { url: inner.videoUrl });
    const audio = attachmentPart('audio', { url: inner.audioUrl });
    if (video) out.parts.push(video);
    if (audio) out.parts.push(audio);
    if (text || video || audio) return;
  } else if (kind === 'text') {
    const text = isRecord(payload) ? str(payload.text) : str(payload);
    if (text !== undefined) return textOrTemplate(text, out);
  }
  // Fall back to cInfo.body: plain text, a template as a JSON string, or a template object.
  if (typeof body === 'string') return textOrTemplate(body, out);
  const tpl = templatePayload(body);
  if (tpl) addTemplate(tpl, out);
}

export function newParts(): PartsResult {
  return { parts: [], directives: new Set() };
}
