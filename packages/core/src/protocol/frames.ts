// The edge: every server frame is parsed once, here, into a typed union. Nothing here throws; anything the
// client cannot use becomes `{kind: 'dropped', reason}` for the diagnostics counter.
import { isAgentAuthor, participantOf } from '../agent/participant';
import type { Message, MessageFrom, MessagePart, Participant } from '../types';
import { hash, idString, isRecord, str, toTime, tryJson } from '../util/json';
import { addEntry, attachmentPart, newParts } from './parts';

export type InboundFrame =
  | { kind: 'ack'; replyto: string }
  /** `ack` with `ok: false`: the platform refused the message, for the reason given. */
  | { kind: 'nack'; replyto: string; reason: string }
  /** Something the platform wants the person to know: `botKitUnreachable`, an `error` frame. */
  | { kind: 'notice'; type: string; message: string }
  /** `message` is null when the frame only holds the typing indicator (`wait_for_response`). */
  | { kind: 'bot'; message: Message | null; holdTyping: boolean; stream?: { end: boolean } }
  /** The user's message echoed from this or another tab/device. */
  | { kind: 'user'; message: Message }
  /** `clientMessageId` is `'all'` when every message so far is meant. */
  | { kind: 'receipt'; status: 'delivered' | 'read'; clientMessageId: string }
  | { kind: 'agent-typing'; typing: boolean }
  /** `agent_connected` / `agent_disconnected`; `at` is when it happened, by the platform's clock when it says. */
  | { kind: 'agent-presence'; connected: boolean; agent: Participant | undefined; at: number }
  | { kind: 'pong' }
  | { kind: 'status'; type: string }
  | { kind: 'dropped'; reason: string };

const STATUS_TYPES = new Set([
  'Bot_Active',
  'bot_active',
  'Session_Start',
  'session_start',
  'session_end',
  'Session_End',
  'waiting_for_user_input',
  'initial_language',
  'language_switched',
]);

// A Kore frame carries its text twice (cInfo.body and component.payload.text), escaped: a 1 MB answer must
// get through; far larger frames are refused before JSON.parse.
const MAX_FRAME_CHARS = 4_000_000;

const dropped = (reason: string): InboundFrame => ({ kind: 'dropped', reason });
const label = (value: unknown): string => JSON.stringify(String(value).slice(0, 40));

function frameText(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Parses one WebSocket message (`event.data`). `now` dates frames that carry no time. */
export function parseServerFrame(data: unknown, now: number = Date.now()): InboundFrame {
  const text = frameText(data);
  if (text === undefined) return dropped('frame is not UTF-8 text');
  if (text.length > MAX_FRAME_CHARS) return dropped(`frame of ${text.length} characters is too large`);
  const frame = tryJson(text);
  if (!isRecord(frame)) return dropped(frame === undefined ? 'frame is not valid JSON' : 'frame is not a JSON object');
  const type = frame.type;
  switch (type) {
    case 'ack': {
      const replyto = idString(frame.replyto);
      if (!replyto) return dropped('ack without replyto');
      if (frame.ok !== false) return { kind: 'ack', replyto };
      return { kind: 'nack', replyto, reason: reasonOf(frame) ?? 'The platform refused this message.' };
    }
    case 'bot_response':
      return parseBotResponse(frame, now);
    case 'user_message':
      return parseUserMessage(frame, now);
    case 'events': {
      const event = isRecord(frame.message) ? frame.message : undefined;
      if (!event) return dropped('events frame without message');
      const id = idString(event.clientMessageId) ?? idString(event.messageId);
      switch (event.type) {
        case 'message_delivered':
        case 'message_read':
          if (!id) return dropped(`${event.type} without clientMessageId`);
          return { kind: 'receipt', status: event.type === 'message_read' ? 'read' : 'delivered', clientMessageId: id };
        case 'typing':
        case 'stoptyping':
          // Only an agent's typing is news; the platform may echo the user's own.
          if (!isAgentAuthor(event.author)) return { kind: 'status', type: `events:${event.type}` };
          return { kind: 'agent-typing', typing: event.type === 'typing' };
        case 'agent_connected':
        case 'agent_disconnected':
          return presence(event, frame, now);
      }
      return { kind: 'status', type: `events:${String(event.type).slice(0, 40)}` };
    }
    case 'pong':
      return { kind: 'pong' };
    case 'error':
      return { kind: 'notice', type: 'error', message: reasonOf(frame) ?? 'The platform reported an error.' };
    case 'botKitUnreachable':
      return { kind: 'notice', type, message: reasonOf(frame) ?? 'The bot cannot be reached right now.' };
    case 'typing':
    case 'stoptyping':
      return { kind: 'agent-typing', typing: type === 'typing' };
    case 'agent_connected':
    case 'agent_disconnected':
      return presence(frame, frame, now);
    default:
      if (typeof type === 'string' && (STATUS_TYPES.has(type) || type.startsWith('agent_session_'))) return { kind: 'status', type };
      return dropped(type === undefined ? 'frame without type' : `unknown frame type ${label(type)}`);
  }
}

function presence(event: Record<string, unknown>, frame: Record<string, unknown>, now: number): InboundFrame {
  const at = toTime(event.timestamp) ?? toTime(frame.timestamp) ?? toTime(event.createdOn) ?? toTime(frame.createdOn) ?? now;
  return { kind: 'agent-presence', connected: event.type === 'agent_connected', agent: participantOf(event.author ?? frame.author), at };
}

/** A readable reason from the shapes Kore uses: `message` (text or `{body}`), `error`, `errors[0].msg`, `reason`. */
function reasonOf(frame: Record<string, unknown>): string | undefined {
  const m = frame.message;
  const nested = isRecord(m) ? str(m.body) ?? str(m.text) ?? str(m.msg) : undefined;
  const errors = Array.isArray(frame.errors) && isRecord(frame.errors[0]) ? str(frame.errors[0].msg) : undefined;
  const err = isRecord(frame.error) ? str(frame.error.msg) ?? str(frame.error.message) : str(frame.error);
  const text = (typeof m === 'string' ? m : nested) ?? err ?? errors ?? str(frame.reason);
  return text?.trim() ? text.trim().slice(0, 500) : undefined;
}

function parseBotResponse(frame: Record<string, unknown>, now: number): InboundFrame {
  if (!Array.isArray(frame.message)) return dropped('bot_response without a message array');
  const out = newParts();
  for (const entry of frame.message) addEntry(entry, out);
  const streamed = frame.sM === true || frame.sM === 'true';
  const explicitId = idString(frame.messageId) ?? idString(frame.key);
  if (streamed && !explicitId) return dropped('streamed bot_response chunk without messageId');
  const hold = out.directives.has('wait');
  if (out.parts.length === 0 && !streamed) {
    return hold ? { kind: 'bot', message: null, holdTyping: true } : dropped('bot_response with nothing to show');
  }
  const author = participantOf(frame.author);
  let from: MessageFrom = 'bot';
  if (out.directives.has('system')) from = 'system';
  else if (frame.from === 'agent' || author || out.directives.has('agent')) from = 'agent';
  const createdAt = toTime(frame.timestamp) ?? toTime(frame.createdOn) ?? now;
  // Without an id, a content hash keeps a frame delivered twice from being shown twice.
  const id = explicitId ?? `bot-${createdAt}-${hash(JSON.stringify(frame.message))}`;
  const message: Message = { id, from, createdAt, parts: out.parts };
  if (author && from === 'agent') message.author = author;
  if (!streamed) return { kind: 'bot', message, holdTyping: hold };
  const end = frame.endChunk === true || frame.endChunk === 'true';
  // true while more chunks follow; false on the last one (the merge drops it once the stream ends).
  message.streaming = !end;
  return { kind: 'bot', message, holdTyping: hold, stream: { end } };
}

function parseUserMessage(frame: Record<string, unknown>, now: number): InboundFrame {
  const body = isRecord(frame.message) ? frame.message : undefined;
  const text = str(body?.body);
  const id = idString(frame.clientMessageId) ?? idString(frame.id);
  if (!body || text === undefined || !id) return dropped('user_message without message.body or id');
  // Another tab's file: Kore's attachment fields ({fileName, fileType, fileUrl}), then the caption.
  const parts: MessagePart[] = [];
  for (const a of Array.isArray(body.attachments) ? body.attachments : []) {
    const part = isRecord(a) && attachmentPart(str(a.fileType) ?? 'file', { url: a.fileUrl, name: a.fileName });
    if (part) parts.push(part);
  }
  if (text || parts.length === 0) parts.push({ type: 'text', text });
  const message: Message = {
    id,
    from: 'user',
    createdAt: toTime(frame.createdOn) ?? now,
    parts,
    clientMessageId: id,
  };
  const renderMsg = str(body.renderMsg);
  if (renderMsg) message.renderMsg = renderMsg;
  return { kind: 'user', message };
}
