import { randomUUID } from 'node:crypto';
import type { PlannedAnswer, PlannedFrame } from '../bot/engine.js';
import type { PlatformContext } from '../context.js';
import type { BotResponseFrame, WireBotInfo } from '../protocol.js';
import type { NewMessage } from '../store/rows.js';
import { frameKey } from './receipts.js';

/** Who the bot is talking to, and how that client reached the platform. */
export interface Recipient {
  userId: string;
  botInfo: WireBotInfo;
  sessionId: string;
  /** `http://host:port/assets` as this client reached the platform. */
  assetsUrl: string;
}

/**
 * When each frame of one turn's answers is dated: its planned time, but always after the frame before it, so every
 * part of an answer has its own, increasing `timestamp` (Kore's web SDK echoes it as `replyto` in its receipts).
 * `answerAt[i]` is answer i's last frame (what history stores); `frameAt[i][j]` is frame j of answer i.
 */
export function frameTimes(answers: readonly PlannedAnswer[], receivedAt: number): { answerAt: number[]; frameAt: number[][] } {
  let previous = Number.NEGATIVE_INFINITY;
  const frameAt = answers.map((a) =>
    a.frames.map((f) => {
      previous = Math.max(receivedAt + f.atMs, previous + 1);
      return previous;
    }),
  );
  const answerAt = answers.map((a, i) => frameAt[i]?.at(-1) ?? receivedAt + a.atMs);
  return { answerAt, frameAt };
}

/** The stored rows of the bot's answers, timed from `receivedAt`. */
export function botRows(to: Recipient, answers: readonly PlannedAnswer[], receivedAt: number): NewMessage[] {
  const { answerAt } = frameTimes(answers, receivedAt);
  return answers.map((a, i) => ({
    userId: to.userId,
    botId: to.botInfo.taskBotId,
    sessionId: to.sessionId,
    direction: 'outgoing',
    clientMessageId: null,
    renderMsg: null,
    messageId: a.messageId,
    text: a.storedText,
    intent: a.intent,
    createdOn: answerAt[i] ?? receivedAt + a.atMs,
  }));
}

/**
 * Sends stored answers when they are due, to every socket the user has open then. `sendDueNow`: a frame due at once
 * (no reply delay) is sent now rather than on a timer's turn of the event loop (the caller is not mid-handshake).
 */
export function scheduleAnswers(
  ctx: PlatformContext,
  to: Recipient,
  answers: readonly PlannedAnswer[],
  receivedAt: number,
  sendDueNow = false,
): void {
  const { frameAt } = frameTimes(answers, receivedAt);
  answers.forEach((answer, i) =>
    answer.frames.forEach((frame, j) => scheduleFrame(ctx, to, answer, frame, frameAt[i]?.[j] ?? receivedAt + frame.atMs, sendDueNow)),
  );
}

// Sent to every socket the user has open when it is due, so a client that reconnected meanwhile still gets it.
function scheduleFrame(ctx: PlatformContext, to: Recipient, answer: PlannedAnswer, planned: PlannedFrame, at: number, sendDueNow: boolean): void {
  // Without message ids (`messageIds: false`) only stream chunks keep one, to group them; history ids differ anyway.
  const withId = ctx.options.messageIds || planned.chunk !== undefined;
  const frame: BotResponseFrame = {
    type: 'bot_response',
    from: 'bot',
    message: planned.parts,
    botInfo: to.botInfo,
    createdOn: new Date(at).toISOString(),
    icon: `${to.assetsUrl}/bot-icon.svg`,
    timestamp: at,
    // Unique per frame (a duplicated frame keeps its key); clients echo it in delivery receipts.
    key: frameKey(ctx, answer.messageId),
    traceId: ctx.options.messageIds ? answer.messageId.replace(/^ms-/, 'tr-') : `tr-${randomUUID()}`,
  };
  if (withId) frame.messageId = answer.messageId;
  if (planned.chunk) {
    frame.sM = true;
    if (planned.chunk.last) frame.endChunk = true;
  }
  const send = (): void => {
    const copies = ctx.faults.botResponseCopies();
    const sockets = ctx.hub.socketsOf(to.userId, to.botInfo.taskBotId);
    ctx.counters.botResponsesSent += sockets.length * copies;
    ctx.hub.sendAll(sockets, frame, copies);
  };
  if (sendDueNow && planned.atMs <= 0) send();
  else ctx.later(planned.atMs, send);
}
