import type { WirePart } from '../protocol.js';
import type { AttachmentReply, ErrorReply, JsonObject } from './script-types.js';

/** A Kore markdown text part. */
export function textPart(text: string): WirePart {
  return { type: 'text', cInfo: { body: text }, component: { type: 'text', payload: { text } } };
}

/** A template part; `cInfo.body` holds the `{type: 'template', payload}` JSON, as history stores it. */
export function templatePart(template: JsonObject): WirePart {
  const payload: JsonObject = { type: 'template', payload: template };
  return { type: 'text', cInfo: { body: JSON.stringify(payload) }, component: { type: 'template', payload } };
}

/** What a bot printed as JSON, as Kore's platform sends it: in the component and, as a string, in `cInfo.body`. */
export function printPart(value: JsonObject): WirePart {
  return { type: 'text', cInfo: { body: JSON.stringify(value) }, component: { type: 'template', payload: value } };
}

/**
 * A media or link attachment, wrapped as Kore's platform wraps media:
 * `component: {type: 'template', payload: {type: <kind>, payload: {url, name?, text?}}}`.
 */
export function attachmentPart(attachment: AttachmentReply['attachment']): WirePart {
  const payload: JsonObject = { url: attachment.url };
  if (attachment.name !== undefined) payload.name = attachment.name;
  if (attachment.text !== undefined) payload.text = attachment.text;
  return printPart({ type: attachment.type, payload });
}

/** Kore's error component: `component: {type: 'error', payload: {text, color?}}`. */
export function errorPart(error: ErrorReply['error']): WirePart {
  const payload: JsonObject = { text: error.text };
  if (error.color !== undefined) payload.color = error.color;
  return { type: 'text', cInfo: { body: error.text }, component: { type: 'error', payload } };
}
