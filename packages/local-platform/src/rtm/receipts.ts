import { randomUUID } from 'node:crypto';
import type { PlatformContext } from '../context.js';
import { findBotMessage, recordReceipt } from '../store/receipts.js';
import type { ReceiptIn } from './frames-in.js';

const MAX_KEYS = 20_000;

// Keys of recently sent bot_response frames, to tell which message a receipt is for. In memory (a receipt for a
// frame sent before a restart still resolves by its timestamp).
const keysByPlatform = new WeakMap<PlatformContext, Map<string, string>>();

/** A fresh `key` for one `bot_response` frame of `messageId`, remembered for the receipts that echo it. */
export function frameKey(ctx: PlatformContext, messageId: string): string {
  let keys = keysByPlatform.get(ctx);
  if (!keys) keysByPlatform.set(ctx, (keys = new Map()));
  const key = randomUUID();
  keys.set(key, messageId);
  if (keys.size > MAX_KEYS) {
    const oldest = keys.keys().next().value;
    if (oldest !== undefined) keys.delete(oldest);
  }
  return key;
}

/** Stores a client's receipt quietly (nothing is sent back), in the next write batch; a failure is only logged. */
export function onReceipt(ctx: PlatformContext, who: { userId: string; botId: string; sessionId: string }, receipt: ReceiptIn): void {
  const replyto = receipt.replyto === undefined ? null : String(receipt.replyto);
  const receivedOn = ctx.now();
  ctx.store.writes.enqueue(
    () => {
      const byKey = receipt.key === undefined ? undefined : keysByPlatform.get(ctx)?.get(receipt.key);
      const messageId = byKey ?? (replyto === null ? null : findBotMessage(ctx.store, who.userId, who.botId, replyto));
      recordReceipt(ctx.store, {
        userId: who.userId,
        botId: who.botId,
        sessionId: who.sessionId,
        status: receipt.status,
        replyto,
        clientMessageId: receipt.clientMessageId === undefined ? null : String(receipt.clientMessageId),
        key: receipt.key ?? null,
        frameId: receipt.id === undefined ? null : String(receipt.id),
        messageId,
        receivedOn,
      });
    },
    (result) => {
      if (!result.ok) ctx.options.log(`storage error while recording a receipt: ${result.error.message}`);
    },
  );
}
