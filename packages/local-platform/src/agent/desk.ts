// The agent desk: a person takes over a conversation the bot handed off, reads its history, types, answers, sees
// what the user read, and hands it back. Frames go out as Kore's platform sends them to its web SDK: `events`
// (agent_connected / agent_disconnected, typing / stoptyping with `author.type: 'AGENT'`, message_delivered /
// message_read for the user's messages) and `bot_response` frames that carry `author`.
import { templatePart, textPart } from '../bot/parts.js';
import type { PlatformContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { BotResponseFrame, EventsFrame, WireBotInfo } from '../protocol.js';
import { frameKey } from '../rtm/receipts.js';
import type { MessageRow } from '../store/rows.js';
import { recordReceipt, receiptsOf } from '../store/receipts.js';
import { AgentStore } from './agent-store.js';
import type { AgentProfile, HandoffRow } from './agent-store.js';
import { newMessageId } from '../store/ids.js';

/** A user counts as typing this long after their last `typing` (a `stop_typing` may never come). */
const USER_TYPING_TTL_MS = 8_000;

export const DEFAULT_AGENT: AgentProfile = { id: 'agent-rosa', firstName: 'Rosa', lastName: 'Diaz' };

export type UserEvent = 'typing' | 'stop_typing' | 'message_delivered' | 'message_read';

export interface DeskMessage {
  id: string;
  from: 'user' | 'bot' | 'agent';
  text: string;
  createdOn: number;
  clientMessageId: string | null;
  author: AgentProfile | null;
  /** User messages: the desk has read them. Agent messages: the user has read them (their `message_read`). */
  read: boolean;
  /** Agent messages: the user's client said it arrived. */
  delivered: boolean;
}

export interface DeskConversation extends HandoffRow {
  userTyping: boolean;
  messages: DeskMessage[];
}

interface LiveState {
  userTypingUntil: number;
  readByAgent: Set<string>;
}

export class AgentDesk {
  readonly store: AgentStore;
  private readonly live = new Map<string, LiveState>();

  constructor(private readonly ctx: PlatformContext) {
    this.store = new AgentStore(ctx.store);
  }

  private liveOf(id: string): LiveState {
    let s = this.live.get(id);
    if (!s) this.live.set(id, (s = { userTypingUntil: 0, readByAgent: new Set() }));
    return s;
  }

  private botInfoOf(h: HandoffRow): WireBotInfo {
    const bot = this.ctx.options.bots.find((b) => b.id === h.botId);
    return { chatBot: bot?.name ?? h.botId, taskBotId: h.botId };
  }

  private sendToUser(h: HandoffRow, frame: EventsFrame | BotResponseFrame): void {
    this.ctx.hub.sendAll(this.ctx.hub.socketsOf(h.userId, h.botId), frame);
  }

  private event(h: HandoffRow, message: EventsFrame['message']): void {
    this.sendToUser(h, { type: 'events', from: 'bot', message });
  }

  private authorOf(agent: AgentProfile): NonNullable<BotResponseFrame['author']> {
    const author: NonNullable<BotResponseFrame['author']> = { id: agent.id, type: 'AGENT', firstName: agent.firstName, lastName: agent.lastName };
    if (agent.profImage) author.profImage = agent.profImage;
    return author;
  }

  private require(id: string, status?: HandoffRow['status']): HandoffRow {
    const h = this.store.find(id);
    if (!h) throw new ApiError(404, 'UNKNOWN_CONVERSATION', `No hand-off ${JSON.stringify(id)}: list them with GET /agent/api/conversations.`);
    if (status && h.status !== status) {
      throw new ApiError(409, 'WRONG_STATE', `Hand-off ${id} is ${h.status}, not ${status}.`);
    }
    return h;
  }

  // ---- from the bot and the sockets ----

  /** The bot hands the conversation to a person (the demo bot's `handoff` intents). */
  request(userId: string, botId: string, sessionId: string, reason: string): HandoffRow {
    return this.store.request(userId, botId, sessionId, reason, this.ctx.now());
  }

  /** The hand-off that takes the user's messages instead of the bot, if one is waiting or active. */
  routing(userId: string, botId: string): HandoffRow | undefined {
    return this.store.open(userId, botId);
  }

  /** A user message stored for the desk: an active agent's desk has it now. */
  userMessage(h: HandoffRow, clientMessageId: string): void {
    this.liveOf(h.id).userTypingUntil = 0;
    if (h.status === 'active') this.event(h, { type: 'message_delivered', clientMessageId });
  }

  /** `typing`, `stop_typing`, `message_delivered`, `message_read` from the user's client. */
  userEvent(userId: string, botId: string, sessionId: string, event: UserEvent, messageId: string | undefined): void {
    const h = this.store.open(userId, botId);
    if (event === 'typing' || event === 'stop_typing') {
      if (h) this.liveOf(h.id).userTypingUntil = event === 'typing' ? this.ctx.now() + USER_TYPING_TTL_MS : 0;
      return;
    }
    const receipt = {
      userId,
      botId,
      sessionId,
      status: event === 'message_read' ? ('read' as const) : ('delivered' as const),
      replyto: null,
      clientMessageId: null,
      key: null,
      frameId: null,
      // Without a messageId the client means everything so far.
      messageId: messageId ?? 'all',
      receivedOn: this.ctx.now(),
    };
    this.ctx.store.writes.enqueue(
      () => recordReceipt(this.ctx.store, receipt),
      (result) => {
        if (!result.ok) this.ctx.options.log(`storage error while recording a receipt: ${result.error.message}`);
      },
    );
  }

  /** A socket opened: an agent already in the conversation says so, as the platform does on reconnect. */
  connected(userId: string, botId: string, send: (frame: EventsFrame) => void): void {
    const h = this.store.open(userId, botId);
    if (h?.status === 'active' && h.agent) {
      send({ type: 'events', from: 'bot', message: { type: 'agent_connected', author: this.authorOf(h.agent), timestamp: h.acceptedOn ?? this.ctx.now() } });
    }
  }

  // ---- from the desk ----

  list(): (HandoffRow & { userTyping: boolean })[] {
    const now = this.ctx.now();
    return this.store.list().map((h) => ({ ...h, userTyping: (this.live.get(h.id)?.userTypingUntil ?? 0) > now }));
  }

  conversation(id: string): DeskConversation {
    const h = this.require(id);
    const rows = this.ctx.store.messagesOf(h.userId).filter((m) => m.botId === h.botId);
    const authors = this.store.authorsOf(rows.filter((r) => r.intent === 'agent').map((r) => r.messageId));
    const receipts = receiptsOf(this.ctx.store, h.userId).filter((r) => r.botId === h.botId && r.messageId !== null);
    const readAllAt = Math.max(0, ...receipts.filter((r) => r.status === 'read' && r.messageId === 'all').map((r) => r.receivedOn));
    const readIds = new Set(receipts.filter((r) => r.status === 'read').map((r) => r.messageId));
    const deliveredIds = new Set(receipts.map((r) => r.messageId));
    const live = this.liveOf(h.id);
    const toDesk = (r: MessageRow): DeskMessage => {
      const author = authors.get(r.messageId) ?? null;
      const userRead = readIds.has(r.messageId) || (readAllAt > 0 && r.createdOn <= readAllAt);
      return {
        id: r.messageId,
        from: r.direction === 'incoming' ? 'user' : author ? 'agent' : 'bot',
        text: displayText(r),
        createdOn: r.createdOn,
        clientMessageId: r.clientMessageId,
        author,
        read: r.direction === 'incoming' ? live.readByAgent.has(r.clientMessageId ?? r.messageId) : userRead,
        delivered: deliveredIds.has(r.messageId) || userRead,
      };
    };
    return { ...h, userTyping: live.userTypingUntil > this.ctx.now(), messages: rows.map(toDesk) };
  }

  accept(id: string, agent: AgentProfile = DEFAULT_AGENT): HandoffRow {
    const before = this.require(id);
    if (before.status === 'ended') throw new ApiError(409, 'WRONG_STATE', `Hand-off ${id} has ended.`);
    if (before.status === 'active' && before.agent?.id === agent.id) return before;
    const now = this.ctx.now();
    this.store.assign(id, agent, now);
    const h = this.require(id);
    this.event(h, { type: 'agent_connected', author: this.authorOf(agent), timestamp: before.status === 'active' ? now : (h.acceptedOn ?? now) });
    return h;
  }

  reply(id: string, text: string): DeskMessage {
    const h = this.require(id, 'active');
    const agent = h.agent ?? DEFAULT_AGENT;
    const now = this.ctx.now();
    const messageId = newMessageId();
    const part = templatePart({ template_type: 'live_agent', text });
    this.ctx.store.recordBotMessages([
      { userId: h.userId, botId: h.botId, sessionId: h.sessionId, direction: 'outgoing', clientMessageId: null, renderMsg: null, messageId, text: part.cInfo.body, intent: 'agent', createdOn: now },
    ]);
    this.store.setAuthor(messageId, agent);
    const frame: BotResponseFrame = {
      type: 'bot_response',
      from: 'bot',
      message: [part],
      botInfo: this.botInfoOf(h),
      createdOn: new Date(now).toISOString(),
      timestamp: now,
      key: frameKey(this.ctx, messageId),
      author: this.authorOf(agent),
    };
    if (this.ctx.options.messageIds) frame.messageId = messageId;
    if (agent.profImage) frame.icon = agent.profImage;
    this.sendToUser(h, frame);
    return { id: messageId, from: 'agent', text, createdOn: now, clientMessageId: null, author: agent, read: false, delivered: false };
  }

  typing(id: string, typing: boolean): void {
    const h = this.require(id, 'active');
    this.event(h, { type: typing ? 'typing' : 'stoptyping', author: this.authorOf(h.agent ?? DEFAULT_AGENT) });
  }

  /** The desk has read the user's messages: each unread one is reported `message_read`. */
  read(id: string): number {
    const h = this.require(id, 'active');
    const live = this.liveOf(h.id);
    const unread = this.ctx.store
      .messagesOf(h.userId)
      .filter((m) => m.botId === h.botId && m.direction === 'incoming' && m.createdOn >= (h.acceptedOn ?? h.requestedOn) - 60_000)
      .map((m) => m.clientMessageId ?? m.messageId)
      .filter((cid) => !live.readByAgent.has(cid));
    for (const cid of unread) {
      live.readByAgent.add(cid);
      this.event(h, { type: 'message_read', clientMessageId: cid });
    }
    return unread.length;
  }

  /** The agent ends the chat: the user is told, and the bot answers again. */
  end(id: string): HandoffRow {
    const h = this.require(id);
    if (h.status === 'ended') return h;
    const now = this.ctx.now();
    this.store.end(id, now);
    this.live.delete(id);
    if (h.status === 'active') this.event(h, { type: 'agent_disconnected', author: this.authorOf(h.agent ?? DEFAULT_AGENT), timestamp: now });
    const back = textPart('You are back with the Wayfarer bot. Type "agent" any time to talk to a person again.');
    const messageId = newMessageId();
    const at = now + 1;
    this.ctx.store.recordBotMessages([
      { userId: h.userId, botId: h.botId, sessionId: h.sessionId, direction: 'outgoing', clientMessageId: null, renderMsg: null, messageId, text: back.cInfo.body, intent: 'handoff_end', createdOn: at },
    ]);
    const frame: BotResponseFrame = { type: 'bot_response', from: 'bot', message: [back], botInfo: this.botInfoOf(h), createdOn: new Date(at).toISOString(), timestamp: at, key: frameKey(this.ctx, messageId) };
    if (this.ctx.options.messageIds) frame.messageId = messageId;
    this.sendToUser(h, frame);
    return this.require(id);
  }
}

/** What the desk shows of a stored message: the text, or a template's `text`. */
function displayText(row: MessageRow): string {
  if (row.renderMsg) return row.renderMsg;
  if (!row.text.startsWith('{')) return row.text;
  try {
    const parsed = JSON.parse(row.text) as { payload?: { text?: unknown; template_type?: unknown } };
    const text = parsed.payload?.text;
    if (typeof text === 'string') return text;
    return `[${typeof parsed.payload?.template_type === 'string' ? parsed.payload.template_type : 'template'}]`;
  } catch {
    return row.text;
  }
}
