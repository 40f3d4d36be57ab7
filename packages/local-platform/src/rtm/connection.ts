import type WebSocket from 'ws';
import { planReplies } from '../bot/engine.js';
import type { PlatformContext } from '../context.js';
import type { ServerFrame, WireBotInfo } from '../protocol.js';
import type { ConnectionMode } from './connection-mode.js';
import { botRows, scheduleAnswers } from './deliver.js';
import type { Recipient } from './deliver.js';
import { parseClientFrame } from './frames-in.js';
import { onReceipt } from './receipts.js';
import type { UserMessageIn } from './frames-in.js';
import { receiveUserMessage } from './turn.js';
import type { TurnSocket } from './turn.js';

export interface ConnectionInit {
  ws: WebSocket;
  userId: string;
  botInfo: WireBotInfo;
  sessionId: string;
  /** `http://host:port/assets` as this client reached the platform. */
  assetsUrl: string;
  mode: ConnectionMode;
  /** `language` from rtm/start. */
  language: string | null;
  /** The socket URL's parameters other than `sid`. */
  params: Record<string, string>;
}

/** One RTM socket: parses frames and hands each message to its turn (./turn.ts). */
export class RtmConnection implements TurnSocket {
  readonly ws: WebSocket;
  readonly userId: string;
  readonly botId: string;
  private readonly botInfo: WireBotInfo;
  private sessionId: string;
  private readonly assetsUrl: string;
  readonly language: string | null;
  /** Receive times of the last second's frames (the rate limit). */
  private readonly recent: number[] = [];
  private closing = false;

  constructor(
    private readonly ctx: PlatformContext,
    init: ConnectionInit,
  ) {
    this.ws = init.ws;
    this.userId = init.userId;
    this.botInfo = init.botInfo;
    this.botId = init.botInfo.taskBotId;
    this.sessionId = init.sessionId;
    this.assetsUrl = init.assetsUrl;
    this.language = init.language;
    ctx.hub.add(this);
    ctx.counters.socketsOpened += 1;
    this.ws.on('message', (data, isBinary) => this.onFrame(isBinary ? null : data.toString()));
    this.ws.on('close', () => ctx.hub.remove(this));
    // Errors (e.g. 1009 on an oversized frame) are followed by 'close'; nothing more to do here.
    this.ws.on('error', () => undefined);
    const greeted = this.welcome(init.mode);
    ctx.desk.connected(this.userId, this.botId, (frame) => this.send(frame));
    const { mode, connectionMode, isReconnect, startNew } = init.mode;
    ctx.records.connected({
      at: new Date(ctx.now()).toISOString(),
      userId: this.userId,
      botId: this.botId,
      sessionId: this.sessionId,
      mode,
      connectionMode,
      isReconnect,
      newSession: startNew,
      greeted,
      language: this.language,
      params: init.params,
    });
  }

  get recipient(): Recipient {
    return { userId: this.userId, botInfo: this.botInfo, sessionId: this.sessionId, assetsUrl: this.assetsUrl };
  }

  /**
   * A new conversation (an empty session) is greeted on connect, before the user types anything; `Reconnect`
   * (or `isReconnect=true`) never is. Returns whether it greeted.
   */
  private welcome(mode: ConnectionMode): boolean {
    const { ctx } = this;
    const script = ctx.options.botScript;
    const intent = script.intents.find((i) => i.name === script.welcomeIntent);
    if (!ctx.options.welcome || !intent || !mode.mayGreet || !ctx.store.sessionIsEmpty(this.userId, this.botId, this.sessionId)) return false;
    const now = ctx.now();
    const turn = { text: '', isFirst: true, assetsUrl: this.assetsUrl, replyDelayMs: 0, ...this.languageVar() };
    const answers = planReplies(script, intent.name, intent.replies, turn);
    try {
      ctx.store.recordBotMessages(botRows(this.recipient, answers, now));
    } catch (err) {
      ctx.options.log(`storage error while greeting: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
    scheduleAnswers(ctx, this.recipient, answers, now);
    return true;
  }

  private languageVar(): { language?: string } {
    return this.language === null ? {} : { language: this.language };
  }

  /** Counts this frame against the rate limit; true (and the socket closing with 1008) when over it. */
  private overRateLimit(): boolean {
    const { ctx } = this;
    const limit = ctx.faults.enabled && ctx.faults.settings.rateLimitPerSecond > 0 ? ctx.faults.settings.rateLimitPerSecond : ctx.options.rateLimitPerSecond;
    if (this.closing) return true;
    if (limit <= 0) return false;
    const now = ctx.now();
    this.recent.push(now);
    while (this.recent.length > 0 && (this.recent[0] ?? now) <= now - 1000) this.recent.shift();
    if (this.recent.length <= limit) return false;
    this.closing = true;
    ctx.faults.counters.rateLimited += 1;
    this.ws.close(1008, `rate limit: more than ${limit} frames in one second`);
    return true;
  }

  send(frame: ServerFrame): void {
    this.ctx.hub.send(this, frame);
  }

  sendError(code: string, msg: string): void {
    this.ctx.counters.errorFrames += 1;
    this.send({ type: 'error', error: { code, msg } });
  }

  private onFrame(raw: string | null): void {
    this.ctx.counters.framesReceived += 1;
    if (this.overRateLimit()) return;
    if (raw === null) return this.sendError('BINARY_FRAME', 'Send JSON as text frames, not binary.');
    const frame = parseClientFrame(raw);
    switch (frame.kind) {
      case 'ping':
        this.ctx.records.note(this.userId, { source: 'frame', frameType: 'ping', ...frame.botContext }, this.ctx.now());
        return this.send({ type: 'pong' });
      case 'agent_event':
        return this.ctx.desk.userEvent(this.userId, this.botId, this.sessionId, frame.event, frame.messageId);
      case 'receipt':
        // A client's delivery/read receipt for a bot_response: stored, never answered.
        return onReceipt(this.ctx, { userId: this.userId, botId: this.botId, sessionId: this.sessionId }, frame);
      case 'close_session':
        this.ctx.store.endSession(this.sessionId, this.ctx.now());
        this.sessionId = this.ctx.store.openSession(this.userId, this.botId, this.ctx.now(), true);
        if (frame.clientMessageId !== undefined) this.sendAck(frame.clientMessageId);
        return;
      case 'invalid':
        return this.sendError(frame.code, frame.msg);
      case 'message':
        return this.onUserMessage(frame);
    }
  }

  private onUserMessage(msg: UserMessageIn): void {
    const { ctx } = this;
    const now = ctx.now();
    const clientMessageId = String(msg.clientMessageId);
    ctx.records.note(this.userId, { source: 'frame', frameType: 'message', clientMessageId, ...msg.botContext }, now);
    ctx.records.note(this.userId, { source: 'message', clientMessageId, ...msg.messageContext }, now);
    const refused = ctx.faults.nackReason(msg.body);
    if (refused !== undefined) return this.send({ type: 'ack', ok: false, replyto: msg.clientMessageId, message: refused });
    receiveUserMessage(ctx, this, msg);
  }

  sendAck(replyto: string | number): void {
    const { faults } = this.ctx;
    if (faults.shouldLoseAck()) return;
    const ack = (): void => {
      this.ctx.counters.acksSent += 1;
      this.send({ type: 'ack', ok: true, replyto, message: 'delivered' });
    };
    const delay = faults.ackDelayMs();
    if (delay > 0) this.ctx.later(delay, ack);
    else ack();
  }
}
