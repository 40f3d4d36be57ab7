// Delivery and read receipts clients send for bot messages (`{type: 'ack', status, replyto, key?, ...}`), kept in
// SQLite beside the messages. They will feed read receipts for live agents; for now the admin API lists them.
import type { Store } from './store.js';
import { sideTables } from './side-tables.js';

export type ReceiptStatus = 'delivered' | 'read';

export interface ReceiptRow {
  seq: number;
  userId: string;
  botId: string;
  sessionId: string;
  status: ReceiptStatus;
  /** As the client sent it (Kore's web SDK: the frame's `timestamp`), as a string. */
  replyto: string | null;
  clientMessageId: string | null;
  /** The `key` of the `bot_response` frame, echoed. */
  key: string | null;
  /** The receipt frame's own `id`. */
  frameId: string | null;
  /** The bot message the receipt is for, when the platform could tell (by key, message id or timestamp). */
  messageId: string | null;
  receivedOn: number;
}

export type NewReceipt = Omit<ReceiptRow, 'seq'>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS receipts (
  seq               INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id           TEXT NOT NULL,
  bot_id            TEXT NOT NULL,
  session_id        TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('delivered', 'read')),
  replyto           TEXT,
  client_message_id TEXT,
  key               TEXT,
  frame_id          TEXT,
  message_id        TEXT,
  received_on       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS receipts_by_user ON receipts(user_id, bot_id, seq);
`;

const COLUMNS = `seq, user_id AS userId, bot_id AS botId, session_id AS sessionId, status, replyto,
  client_message_id AS clientMessageId, key, frame_id AS frameId, message_id AS messageId, received_on AS receivedOn`;

const { prepare } = sideTables(SCHEMA);

/** The bot message a receipt's `replyto` names: a message id, or the time of one of the user's bot messages. */
export function findBotMessage(store: Store, userId: string, botId: string, replyto: string): string | null {
  const asTime = /^\d{1,16}$/.test(replyto) ? Number(replyto) : -1;
  const row = prepare(store, 
      `SELECT message_id AS messageId FROM messages WHERE user_id = ? AND bot_id = ? AND direction = 'outgoing'
       AND (message_id = ? OR created_on = ?) ORDER BY seq DESC LIMIT 1`,
    )
    .get(userId, botId, replyto, asTime) as { messageId: string } | undefined;
  return row?.messageId ?? null;
}

export function recordReceipt(store: Store, receipt: NewReceipt): void {
  prepare(store, 
      `INSERT INTO receipts (user_id, bot_id, session_id, status, replyto, client_message_id, key, frame_id, message_id, received_on)
       VALUES (@userId, @botId, @sessionId, @status, @replyto, @clientMessageId, @key, @frameId, @messageId, @receivedOn)`,
    )
    .run(receipt);
}

/** A user's receipts (oldest first), or the newest `limit` of everyone's when `userId` is undefined. */
export function receiptsOf(store: Store, userId?: string, limit = 1000): ReceiptRow[] {
  const rows = (
    userId === undefined
      ? prepare(store, `SELECT ${COLUMNS} FROM receipts ORDER BY seq DESC LIMIT ?`).all(limit)
      : prepare(store, `SELECT ${COLUMNS} FROM receipts WHERE user_id = ? ORDER BY seq DESC LIMIT ?`).all(userId, limit)
  ) as ReceiptRow[];
  return rows.reverse();
}
