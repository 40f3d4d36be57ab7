// One `/bot.message`, in three steps, none waiting on the next one's work: the message is stored in the next
// batch's transaction (../store/write-queue.ts); it is acked once that batch is committed; only then does the bot
// work out its answer, which a later batch stores and which is sent once stored. So an ack costs a share of one
// commit and no bot work, and every frame a client gets is in history.
import { fileVar, planAnswers } from '../bot/engine.js';
import type { Json, JsonObject } from '../bot/script-types.js';
import type { PlatformContext } from '../context.js';
import type { ServerFrame } from '../protocol.js';
import { recordMessageAttachments } from '../store/files.js';
import type { NewMessage } from '../store/rows.js';
import { normalizeAttachments } from './attachments.js';
import { botRows, scheduleAnswers } from './deliver.js';
import type { Recipient } from './deliver.js';
import type { UserMessageIn } from './frames-in.js';
import type { HubSocket } from './hub.js';
import { newMessageId } from '../store/ids.js';

/** The socket a message came in on, as the turn needs it. */
export interface TurnSocket extends HubSocket {
  /** Who the bot answers: the session and assets URL as of this message. */
  readonly recipient: Recipient;
  readonly language: string | null;
  send(frame: ServerFrame): void;
  sendError(code: string, msg: string): void;
  sendAck(replyto: string | number): void;
}

const errorText = (err: Error): string => err.message;

export function receiveUserMessage(ctx: PlatformContext, from: TurnSocket, msg: UserMessageIn): void {
  const now = ctx.now();
  const clientMessageId = String(msg.clientMessageId);
  const to = from.recipient;
  const userRow: NewMessage = {
    userId: from.userId,
    botId: from.botId,
    sessionId: to.sessionId,
    direction: 'incoming',
    messageId: newMessageId(),
    text: msg.body,
    createdOn: now,
    clientMessageId,
    renderMsg: msg.renderMsg ?? null,
    intent: null,
  };
  ctx.store.writes.enqueue(
    () => {
      // Files are named by the platform's own record of them (see ./attachments.ts).
      const attachments = msg.attachments.length === 0 ? [] : normalizeAttachments(ctx.store, from.userId, new URL(to.assetsUrl).host, msg.attachments);
      const outcome = ctx.store.recordUserMessage(userRow, ctx.options.dedupe);
      if (outcome.stored) recordMessageAttachments(ctx.store, userRow.messageId, attachments);
      return { ...outcome, attachments };
    },
    (result) => {
      if (!result.ok) {
        // Not stored, so not acked: the client resends with the same id.
        ctx.options.log(`storage error: ${errorText(result.error)}`);
        return from.sendError('STORAGE_ERROR', 'The message could not be stored; resend it with the same clientMessageId.');
      }
      const { seenBefore, stored, isFirst, attachments } = result.value;
      from.sendAck(msg.clientMessageId);
      if (seenBefore) ctx.counters.sentTwice += 1;
      if (!stored) {
        ctx.counters.duplicateMessages += 1;
        return;
      }
      fanOut(ctx, from, to, msg, attachments);
      // A microtask runs once the whole batch's callbacks have: every ack of the batch is out before any bot work.
      queueMicrotask(() => answer(ctx, from, { msg, to, isFirst, attachments, receivedAt: now }));
    },
  );
}

/** The user's other open sockets show the message as their own. */
function fanOut(ctx: PlatformContext, from: TurnSocket, to: Recipient, msg: UserMessageIn, attachments: JsonObject[]): void {
  const others = ctx.hub.socketsOf(from.userId, from.botId).filter((s) => s !== from);
  if (others.length === 0) return;
  const message: { body: string; attachments: Json[]; renderMsg?: string } = { body: msg.body, attachments };
  if (msg.renderMsg !== undefined) message.renderMsg = msg.renderMsg;
  ctx.hub.sendAll(others, { type: 'user_message', from: 'self', message, id: msg.clientMessageId, botInfo: to.botInfo });
}

interface StoredMessage {
  msg: UserMessageIn;
  to: Recipient;
  isFirst: boolean;
  attachments: JsonObject[];
  receivedAt: number;
}

/** The bot's side of the turn, after the ack: a person at the desk, BotKit down, or the script's answers. */
function answer(ctx: PlatformContext, from: TurnSocket, { msg, to, isFirst, attachments, receivedAt }: StoredMessage): void {
  // While a person has (or is about to have) the conversation, the user's messages are theirs, not the bot's.
  const handoff = ctx.desk.routing(from.userId, from.botId);
  if (handoff) return ctx.desk.userMessage(handoff, String(msg.clientMessageId));
  if (ctx.faults.botKitUnreachable()) {
    return from.send({ type: 'botKitUnreachable', message: 'The bot cannot be reached right now (BotKit unreachable); try again later.' });
  }
  const script = ctx.options.botScript;
  const answers = planAnswers(script, {
    text: msg.body,
    isFirst,
    assetsUrl: to.assetsUrl,
    replyDelayMs: ctx.options.replyDelayMs,
    ...(from.language === null ? {} : { language: from.language }),
    customData: JSON.stringify({ ...msg.botContext.customData, ...msg.messageContext.customData }),
    ...fileVar(attachments),
  });
  if (script.intents.find((i) => i.name === answers[0]?.intent)?.handoff) ctx.desk.request(from.userId, from.botId, to.sessionId, msg.body);
  if (answers.length === 0) return;
  const rows = botRows(to, answers, receivedAt);
  ctx.store.writes.enqueue(
    () => ctx.store.recordBotMessages(rows),
    (result) => {
      // An answer that is not stored is not sent either: what a client was sent, history shows.
      if (!result.ok) return ctx.options.log(`storage error while storing the bot's answer: ${errorText(result.error)}`);
      scheduleAnswers(ctx, to, answers, receivedAt, true);
    },
  );
}
