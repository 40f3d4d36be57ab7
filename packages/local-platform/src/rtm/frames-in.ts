// Parses client frames once, at the edge, into a typed union. Never throws.
import type { Json } from '../bot/script-types.js';
import { contextOf } from '../records.js';
import type { ContextEntry } from '../records.js';

/** `botInfo.customData` / `botInfo.metaTags` as the frame carried them. */
export type FrameContext = Pick<ContextEntry, 'customData' | 'metaTags'>;

export interface UserMessageIn {
  kind: 'message';
  clientMessageId: string | number;
  body: string;
  attachments: Json[];
  renderMsg?: string;
  /** From `botInfo`. */
  botContext: FrameContext;
  /** The message's own `customData` / `metaTags`. */
  messageContext: FrameContext;
}

/** A client's receipt for a `bot_response` (Kore's web SDK with `enableAck.delivery`). */
export interface ReceiptIn {
  kind: 'receipt';
  status: 'delivered' | 'read';
  /** What the client echoes: Kore's web SDK sends the frame's `timestamp`. */
  replyto?: string | number;
  clientMessageId?: string | number;
  /** The frame's `key`, echoed. */
  key?: string;
  id?: string | number;
}

export type ClientFrame =
  | UserMessageIn
  | ReceiptIn
  | { kind: 'ping'; botContext: FrameContext }
  | { kind: 'close_session'; clientMessageId?: string | number }
  /** Typing and receipts for a live agent; `messageId` names the agent message a receipt is for. */
  | { kind: 'agent_event'; event: 'typing' | 'stop_typing' | 'message_delivered' | 'message_read'; messageId?: string }
  | { kind: 'invalid'; code: string; msg: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const AGENT_EVENTS = new Set(['typing', 'stop_typing', 'message_delivered', 'message_read']);

function isMessageId(v: unknown): v is string | number {
  return (typeof v === 'string' && v.length > 0 && v.length <= 200) || (typeof v === 'number' && Number.isFinite(v));
}

export function parseClientFrame(raw: string): ClientFrame {
  let frame: unknown;
  try {
    frame = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', code: 'MALFORMED_JSON', msg: 'Frames must be JSON text; this one did not parse.' };
  }
  if (!isObject(frame)) return { kind: 'invalid', code: 'UNKNOWN_FRAME', msg: 'A frame must be a JSON object.' };
  if (frame.type === 'ping') return { kind: 'ping', botContext: contextOf(frame.botInfo) };
  if (frame.type === 'ack') return parseReceipt(frame);
  if (typeof frame.event === 'string' && AGENT_EVENTS.has(frame.event)) {
    const event = frame.event as 'typing' | 'stop_typing' | 'message_delivered' | 'message_read';
    return isMessageId(frame.messageId) ? { kind: 'agent_event', event, messageId: String(frame.messageId) } : { kind: 'agent_event', event };
  }
  if (frame.resourceid === '/bot.closeConversationSession') {
    return isMessageId(frame.clientMessageId)
      ? { kind: 'close_session', clientMessageId: frame.clientMessageId }
      : { kind: 'close_session' };
  }
  if (frame.resourceid !== '/bot.message') {
    return {
      kind: 'invalid',
      code: 'UNKNOWN_FRAME',
      msg: `Unknown frame (resourceid ${JSON.stringify(frame.resourceid ?? null)}, type ${JSON.stringify(frame.type ?? null)}): send {type:"ping"} or a /bot.message.`,
    };
  }
  if (!isMessageId(frame.clientMessageId)) {
    return { kind: 'invalid', code: 'INVALID_MESSAGE', msg: 'A /bot.message needs a clientMessageId (a number or a non-empty string).' };
  }
  const message = frame.message;
  if (!isObject(message) || typeof message.body !== 'string') {
    return { kind: 'invalid', code: 'INVALID_MESSAGE', msg: 'A /bot.message needs message.body as a string.' };
  }
  const attachments = Array.isArray(message.attachments) ? (message.attachments as Json[]) : [];
  if (message.body.trim() === '' && attachments.length === 0) {
    return { kind: 'invalid', code: 'EMPTY_MESSAGE', msg: 'message.body is empty and there are no attachments.' };
  }
  const parsed: UserMessageIn = {
    kind: 'message',
    clientMessageId: frame.clientMessageId,
    body: message.body,
    attachments,
    botContext: contextOf(frame.botInfo),
    messageContext: contextOf(message),
  };
  if (typeof message.renderMsg === 'string' && message.renderMsg) parsed.renderMsg = message.renderMsg;
  return parsed;
}

const RECEIPT_STATUSES = new Set(['delivered', 'read']);

/** `{type: 'ack', status: 'delivered' | 'read', replyto, clientMessageId?, key?, id?}` from a client. */
function parseReceipt(frame: Record<string, unknown>): ReceiptIn | { kind: 'invalid'; code: string; msg: string } {
  const { status, replyto, clientMessageId, key, id } = frame;
  if (typeof status !== 'string' || !RECEIPT_STATUSES.has(status)) {
    return {
      kind: 'invalid',
      code: 'INVALID_RECEIPT',
      msg: `A receipt ({type: "ack"}) needs status "delivered" or "read" (got ${JSON.stringify(status ?? null)}).`,
    };
  }
  const hasKey = typeof key === 'string' && key.length > 0 && key.length <= 200;
  if (!isMessageId(replyto) && !hasKey) {
    return {
      kind: 'invalid',
      code: 'INVALID_RECEIPT',
      msg: "A receipt needs replyto (the bot_response's timestamp or messageId) or key (the bot_response's key).",
    };
  }
  const receipt: ReceiptIn = { kind: 'receipt', status: status as ReceiptIn['status'] };
  if (isMessageId(replyto)) receipt.replyto = replyto;
  if (isMessageId(clientMessageId)) receipt.clientMessageId = clientMessageId;
  if (hasKey) receipt.key = key;
  if (isMessageId(id)) receipt.id = id;
  return receipt;
}
