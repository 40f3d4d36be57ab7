import { createHash } from 'node:crypto';
import { ACCOUNT_ID, ORG_ID } from '../constants.js';
import type { PlatformContext } from '../context.js';
import { badRequest } from '../errors.js';
import type { Json } from '../bot/script-types.js';
import type { FileHistoryComponent, HistoryItem, HistoryPage } from '../protocol.js';
import { attachmentsOf } from '../store/files.js';
import type { MessageRow } from '../store/rows.js';
import { requireToken } from './bearer.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest } from './types.js';

export const DEFAULT_HISTORY_LIMIT = 20;
export const MAX_HISTORY_LIMIT = 100;

function intParam(url: URL, names: string[], fallback: number): number {
  for (const name of names) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw badRequest('INVALID_PARAMETER', `${name} must be a whole number, 0 or more (got ${JSON.stringify(raw)}).`);
    return n;
  }
  return fallback;
}

/** What history shows of the platform's ids (the `messageIds` and `historyUserMsgId` options). */
export interface HistoryIdMode {
  messageIds: boolean;
  historyUserMsgId: boolean;
}

const KEEP_IDS: HistoryIdMode = { messageIds: true, historyUserMsgId: true };

/** Without live message ids, history names each message by an id no live frame carried (stable across reads). */
export function historyIdOf(messageId: string, mode: HistoryIdMode): string {
  if (mode.messageIds) return messageId;
  return `hm-${createHash('sha256').update(messageId).digest('hex').slice(0, 24)}`;
}

/** The attachments a user message carried (as stored, see rtm/attachments.ts) as history components. */
function fileComponents(id: string, attachments: readonly Json[]): FileHistoryComponent[] {
  const out: FileHistoryComponent[] = [];
  attachments.forEach((a, i) => {
    if (typeof a !== 'object' || a === null || Array.isArray(a) || typeof a.fileUrl !== 'string') return;
    const fileType = typeof a.fileType === 'string' ? a.fileType : 'attachment';
    const cT = fileType === 'image' || fileType === 'video' || fileType === 'audio' ? fileType : 'file';
    const data: FileHistoryComponent['data'] = { url: a.fileUrl, fileName: typeof a.fileName === 'string' ? a.fileName : '', fileType };
    if (typeof a.fileId === 'string') data.fileId = a.fileId;
    if (typeof a.size === 'number') data.size = a.size;
    out.push({ _id: `${id.replace(/^(ms|hm)-/, 'cp-')}-f${i}`, cT, data, thumbnails: [] });
  });
  return out;
}

export function toHistoryItem(row: MessageRow, mode: HistoryIdMode = KEEP_IDS, lang = 'en', attachments: readonly Json[] = []): HistoryItem {
  const createdOn = new Date(row.createdOn).toISOString();
  const id = historyIdOf(row.messageId, mode);
  const item: HistoryItem = {
    _id: id,
    type: row.direction,
    status: row.direction === 'incoming' ? 'received' : 'sent',
    channels: [{ type: 'rtm' }],
    chnl: 'rtm',
    createdBy: row.userId,
    botId: row.botId,
    orgId: ORG_ID,
    accountId: ACCOUNT_ID,
    components: [{ _id: id.replace(/^(ms|hm)-/, 'cp-'), cT: 'text', data: { text: row.text }, thumbnails: [] }],
    createdOn,
    lmodifiedOn: createdOn,
    timestampValue: row.createdOn,
    sessionId: row.sessionId,
    lang,
    resourceid: 'messagestore',
    tags: { messageTags: [], userTags: [], sessionTags: [] },
  };
  if (attachments.length > 0) {
    const files = fileComponents(id, attachments);
    // Files first, then the caption, as the client shows them; a file sent without a caption has no text to show.
    item.components = row.text.trim() === '' && files.length > 0 ? files : [...files, ...item.components];
  }
  if (row.renderMsg !== null) item.tags.altText = [{ value: row.renderMsg }];
  if (row.clientMessageId !== null && mode.historyUserMsgId) item.userMsgId = row.clientMessageId;
  if (row.intent !== null) item.tN = row.intent;
  return item;
}

/** `GET botmessages/rtm`: offset 0 is the newest page; each page lists its items oldest first. */
export function history(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const token = requireToken(ctx, req);
  const botId = req.url.searchParams.get('botId');
  if (!botId) throw badRequest('MISSING_BOT_ID', 'Pass the bot id as ?botId=st-...');
  const offset = intParam(req.url, ['offset', 'skip'], 0);
  const limit = Math.min(Math.max(intParam(req.url, ['limit'], DEFAULT_HISTORY_LIMIT), 1), MAX_HISTORY_LIMIT);
  const { total, rows } = ctx.store.history(token.userId, botId, offset, limit);
  const languages = new Map<string, string>();
  const languageOf = (sessionId: string): string => {
    let lang = languages.get(sessionId);
    if (lang === undefined) languages.set(sessionId, (lang = ctx.store.sessionLanguage(sessionId) ?? 'en'));
    return lang;
  };
  const files = attachmentsOf(ctx.store, rows.filter((r) => r.direction === 'incoming').map((r) => r.messageId));
  const authors = ctx.desk.store.authorsOf(rows.filter((r) => r.intent === 'agent').map((r) => r.messageId));
  const page: HistoryPage = {
    icon: `http://${req.host}/assets/bot-icon.svg`,
    total,
    moreAvailable: offset + rows.length < total,
    messages: rows.map((row) => {
      const item = toHistoryItem(row, ctx.options, languageOf(row.sessionId), files.get(row.messageId));
      const agent = authors.get(row.messageId);
      // Kore names the agent on their messages in history too.
      if (agent) item.author = { id: agent.id, type: 'AGENT', firstName: agent.firstName, lastName: agent.lastName, ...(agent.profImage ? { profImage: agent.profImage } : {}) };
      return item;
    }),
  };
  return json(page);
}
