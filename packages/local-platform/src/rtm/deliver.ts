import { randomUUID } from 'node:crypto';
import type { PlannedAnswer, PlannedFrame } from '../bot/engine.js';
import type { PlatformContext } from '../context.js';
import type { BotResponseFrame, WireBotInfo } from '../protocol.js';
import type { NewMessage } from '../store/rows.js';

/** Who the bot is talking to, and how that client reached the platform. */
export interface Recipient {
  userId: string;
  botInfo: WireBotInfo;
  sessionId: string;
  /** `http://host:port/assets` as this client reached the platform. */
  assetsUrl: string;
}

/** The stored rows of the bot's answers, timed from `receivedAt`. */
export function botRows(to: Recipient, answers: readonly PlannedAnswer[], receivedAt: number): NewMessage[] {
  return answers.map((a) => ({
    userId: to.userId,
    botId: to.botInfo.taskBotId,
    sessionId: to.sessionId,
    direction: 'outgoing',
    clientMessageId: null,
    renderMsg: null,
    messageId: a.messageId,
    text: a.storedText,
    intent: a.intent,
    createdOn: receivedAt + a.atMs,
  }));
}

/** Sends stored answers when they are due, to every socket the user has open then. */
export function scheduleAnswers(ctx: PlatformContext, to: Recipient, answers: readonly PlannedAnswer[], receivedAt: number): void {
  for (const answer of answers) for (const frame of answer.frames) scheduleFrame(ctx, to, answer, frame, receivedAt);
}

// Sent to every socket the user has open when it is due, so a client that reconnected meanwhile still gets it.
function scheduleFrame(ctx: PlatformContext, to: Recipient, answer: PlannedAnswer, planned: PlannedFrame, receivedAt: number): void {
  const at = receivedAt + answer.atMs;
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
    traceId: ctx.options.messageIds ? answer.messageId.replace(/^ms-/, 'tr-') : `tr-${randomUUID()}`,
  };
  if (withId) frame.messageId = answer.messageId;
  if (planned.chunk) {
    frame.sM = true;
    if (planned.chunk.last) frame.endChunk = true;
  }
  ctx.later(planned.atMs, () => {
    const copies = ctx.faults.botResponseCopies();
    for (const socket of ctx.hub.socketsOf(to.userId, to.botInfo.taskBotId)) {
      for (let i = 0; i < copies; i += 1) {
        ctx.counters.botResponsesSent += 1;
        ctx.hub.send(socket, frame);
      }
    }
  });
}
