// A pending message as the outbox keeps it (StoredEntry), shown as a Message and written as a /bot.message frame.
import type { ClientUserMessageFrame } from '../protocol';
import type { BotInfo, Message, MessagePart } from '../types';
import type { StoredEntry } from './persist';

/** The user's message for an entry: just sent, restored after a reload, or failed. */
export function entryMessage(entry: StoredEntry): Message {
  const { file } = entry;
  const parts: MessagePart[] = file ? [{ type: 'attachment', kind: file.kind, url: file.url ?? '', name: file.name, size: file.size }] : [];
  if (entry.body || !file) parts.push({ type: 'text', text: entry.body });
  const m: Message = {
    id: entry.id,
    from: 'user',
    createdAt: entry.createdAt,
    parts,
    clientMessageId: entry.id,
    status: entry.failed ? 'failed' : entry.unconfirmed ? 'unconfirmed' : 'sending',
  };
  if (entry.renderMsg) m.renderMsg = entry.renderMsg;
  const error = entry.failed ?? entry.unconfirmed;
  if (error) m.error = error;
  // Restored from storage without its attachments, a file was still uploading when the page closed: it is lost.
  if (file) m.upload = entry.attachments ? { status: 'done', progress: 1 } : error ? { status: 'failed', progress: 0, lost: true } : { status: 'uploading', progress: 0 };
  return m;
}

export interface FrameContext {
  botInfo: BotInfo;
  timeZone: string;
  locale: string;
}

/** The frame an entry is written as (the same id as `clientMessageId` and `id`, as Kore's SDK sends it). */
export function entryFrame(entry: StoredEntry, { botInfo, timeZone, locale }: FrameContext): ClientUserMessageFrame {
  const message: ClientUserMessageFrame['message'] = { body: entry.body, attachments: entry.attachments ?? [] };
  if (entry.renderMsg) message.renderMsg = entry.renderMsg;
  if (entry.customData) message.customData = entry.customData;
  if (entry.metaTags) message.metaTags = entry.metaTags;
  return {
    clientMessageId: entry.id,
    message,
    resourceid: '/bot.message',
    botInfo,
    id: entry.id,
    client: 'sdk',
    meta: { timezone: timeZone, locale },
  };
}
