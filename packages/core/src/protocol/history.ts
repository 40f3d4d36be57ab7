// History items (`GET /api/botmessages/rtm`) to the same Message model as live frames.
import type { Message } from '../types';
import { participantOf } from '../agent/participant';
import { attachmentPart, newParts, addEntry } from './parts';
import { idString, isRecord, str, toTime } from '../util/json';

export type HistoryMapResult = { ok: true; message: Message } | { ok: false; reason: string };

export function mapHistoryItem(item: unknown): HistoryMapResult {
  if (!isRecord(item)) return { ok: false, reason: 'history item is not an object' };
  const serverId = idString(item._id);
  if (!serverId) return { ok: false, reason: 'history item without _id' };
  if (item.type !== 'incoming' && item.type !== 'outgoing') {
    return { ok: false, reason: `history item ${serverId} has type ${JSON.stringify(String(item.type).slice(0, 20))}` };
  }
  const createdAt = toTime(item.timestampValue) ?? toTime(item.createdOn);
  if (createdAt === undefined) return { ok: false, reason: `history item ${serverId} has no time` };
  const out = newParts();
  for (const component of Array.isArray(item.components) ? item.components : []) {
    if (!isRecord(component) || !isRecord(component.data)) continue;
    const kind = str(component.cT) ?? 'text';
    if (kind === 'text') addEntry({ component: { type: 'text', payload: { text: str(component.data.text) ?? '' } } }, out);
    else {
      const part = attachmentPart(kind, component.data);
      if (part) out.parts.push(part);
    }
  }
  const altText = altTextOf(item.tags);
  const user = item.type === 'incoming';
  if (out.parts.length === 0) {
    if (!altText) return { ok: false, reason: `history item ${serverId} has nothing to show` };
    out.parts.push({ type: 'text', text: altText });
  }
  const userMsgId = user ? idString(item.userMsgId) : undefined;
  const author = user ? undefined : participantOf(item.author);
  let from: Message['from'] = user ? 'user' : 'bot';
  if (!user && out.directives.has('system')) from = 'system';
  else if (!user && (author || out.directives.has('agent'))) from = 'agent';
  const message: Message = { id: userMsgId ?? serverId, from, createdAt, parts: out.parts, fromHistory: true };
  if (author && from === 'agent') message.author = author;
  if (userMsgId) message.clientMessageId = userMsgId;
  // For the user's postbacks, altText is the label they saw (the body is the payload).
  if (user && altText && !(out.parts[0]?.type === 'text' && out.parts[0].text === altText)) message.renderMsg = altText;
  return { ok: true, message };
}

function altTextOf(tags: unknown): string | undefined {
  if (!isRecord(tags) || !Array.isArray(tags.altText)) return undefined;
  const first: unknown = tags.altText[0];
  return isRecord(first) ? str(first.value) || undefined : undefined;
}

export interface HistoryPage {
  messages: Message[];
  /** Items in the page, including those dropped (they still count for offsets). */
  itemCount: number;
  /** The platform's `_id` of every item, for offset bookkeeping. */
  serverIds: string[];
  moreAvailable: boolean;
  dropped: string[];
}

export function parseHistoryPage(body: unknown, offset: number): HistoryPage {
  const items: unknown[] = isRecord(body) && Array.isArray(body.messages) ? body.messages : [];
  const messages: Message[] = [];
  const dropped: string[] = [];
  const serverIds: string[] = [];
  for (const item of items) {
    const serverId = isRecord(item) ? idString(item._id) : undefined;
    if (serverId) serverIds.push(serverId);
    const result = mapHistoryItem(item);
    if (result.ok) messages.push(result.message);
    else dropped.push(result.reason);
  }
  let moreAvailable = false;
  if (isRecord(body)) {
    if (typeof body.moreAvailable === 'boolean') moreAvailable = body.moreAvailable;
    else if (typeof body.total === 'number') moreAvailable = body.total > offset + items.length;
  }
  if (!isRecord(body) || !Array.isArray(body.messages)) dropped.push('history response without a messages array');
  return { messages, itemCount: items.length, serverIds, moreAvailable, dropped };
}
