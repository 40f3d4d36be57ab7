import type { WirePart } from '../protocol.js';
import type { AttachmentReply, JsonObject } from './script-types.js';

/** A Kore markdown text part. */
export function textPart(text: string): WirePart {
  return { type: 'text', cInfo: { body: text }, component: { type: 'text', payload: { text } } };
}

/** A template part; `cInfo.body` holds the `{type: 'template', payload}` JSON, as history stores it. */
export function templatePart(template: JsonObject): WirePart {
  const payload: JsonObject = { type: 'template', payload: template };
  return { type: 'text', cInfo: { body: JSON.stringify(payload) }, component: { type: 'template', payload } };
}

/** A media or link attachment: `component.type` is the kind, `payload` holds `url` (and `name`, `text`). */
export function attachmentPart(attachment: AttachmentReply['attachment']): WirePart {
  const payload: JsonObject = { url: attachment.url };
  if (attachment.name !== undefined) payload.name = attachment.name;
  if (attachment.text !== undefined) payload.text = attachment.text;
  const component = { type: attachment.type, payload };
  return { type: 'text', cInfo: { body: JSON.stringify(component) }, component };
}
