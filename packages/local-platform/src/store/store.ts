import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { startCheckpointer } from './checkpointer.js';
import type { Checkpointer } from './checkpointer.js';
import { DB_FILE_NAME, openDb } from './db.js';
import { createSideTables } from './side-tables.js';
import type { Db } from './db.js';
import type { Statement } from 'better-sqlite3';
import type { MessageRow, NewMessage, StoreStats, TokenRow, UserRow } from './rows.js';
import { WriteQueue } from './write-queue.js';

const MESSAGE_COLUMNS = `seq, message_id AS messageId, user_id AS userId, bot_id AS botId, session_id AS sessionId,
  direction, client_message_id AS clientMessageId, text, render_msg AS renderMsg, intent, created_on AS createdOn`;

/** Same identity, same user id: across grants, restarts and even fresh data directories. */
export function userIdFor(identity: string): string {
  const h = createHash('sha256').update(identity).digest('hex');
  return `u-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** All the platform's SQLite access. Every multi-row write is one transaction. */
export class Store {
  private db: Db;
  private checkpointer: Checkpointer | null = null;
  private readonly statements = new Map<string, Statement<unknown[]>>();
  /** The socket path's writes, one transaction per event-loop turn (see ./write-queue.ts). */
  readonly writes = new WriteQueue(() => this.db);

  constructor(private readonly dataDir: string) {
    this.db = this.open();
  }

  private open(): Db {
    const db = openDb(this.dataDir);
    createSideTables(db);
    if (!this.isMemory) this.checkpointer = startCheckpointer(db, path.join(this.dataDir, DB_FILE_NAME));
    return db;
  }

  get isMemory(): boolean {
    return this.dataDir === ':memory:';
  }

  /** Closes and re-opens the file, as a platform restart does. An in-memory store keeps its handle. */
  reopen(): void {
    // Writes not yet committed are lost, as in a real restart, in memory too.
    this.writes.discard();
    if (this.isMemory) return;
    this.close();
    this.db = this.open();
  }

  close(): void {
    this.writes.discard();
    this.checkpointer?.stop();
    this.checkpointer = null;
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  /** Raw database for tests and tools; prefer the methods. */
  get raw(): Db {
    return this.db;
  }

  private stmt(sql: string): Statement<unknown[]> {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  upsertUser(identity: string, now: number): UserRow {
    const userId = userIdFor(identity);
    this.stmt('INSERT OR IGNORE INTO users (user_id, identity, created_on) VALUES (?, ?, ?)').run(userId, identity, now);
    return this.stmt('SELECT user_id AS userId, identity, created_on AS createdOn FROM users WHERE user_id = ?').get(
      userId,
    ) as UserRow;
  }

  findUser(userIdOrIdentity: string): UserRow | undefined {
    return this.stmt(
      'SELECT user_id AS userId, identity, created_on AS createdOn FROM users WHERE user_id = ? OR identity = ?',
    ).get(userIdOrIdentity, userIdOrIdentity) as UserRow | undefined;
  }

  saveToken(row: TokenRow): void {
    this.stmt(
      `INSERT INTO tokens (token, user_id, client_id, bot_id, bot_name, assertion, issued_on, expires_on)
       VALUES (@token, @userId, @clientId, @botId, @botName, @assertion, @issuedOn, @expiresOn)`,
    ).run(row);
  }

  findToken(token: string): TokenRow | undefined {
    return this.stmt(
      `SELECT token, user_id AS userId, client_id AS clientId, bot_id AS botId, bot_name AS botName,
        assertion, issued_on AS issuedOn, expires_on AS expiresOn FROM tokens WHERE token = ?`,
    ).get(token) as TokenRow | undefined;
  }

  /** Expires every token that is still valid; returns how many. */
  expireAllTokens(now: number): number {
    return this.stmt('UPDATE tokens SET expires_on = ? WHERE expires_on > ?').run(now - 1, now).changes;
  }

  /** Records a `jti`; false when it was already used (a replay). */
  rememberJti(clientId: string, jti: string, expiresOn: number, now: number): boolean {
    return this.db.transaction(() => {
      this.stmt('DELETE FROM jtis WHERE expires_on < ?').run(now);
      const r = this.stmt('INSERT OR IGNORE INTO jtis (client_id, jti, expires_on) VALUES (?, ?, ?)').run(
        clientId,
        jti,
        expiresOn,
      );
      return r.changes === 1;
    })();
  }

  /** The user's open session with the bot, or a new one (always new when `startNew`). */
  openSession(userId: string, botId: string, now: number, startNew: boolean): string {
    return this.db.transaction(() => {
      const open = this.stmt(
        `SELECT session_id AS id FROM sessions WHERE user_id = ? AND bot_id = ? AND ended_on IS NULL
         ORDER BY started_on DESC LIMIT 1`,
      ).get(userId, botId) as { id: string } | undefined;
      if (open && !startNew) return open.id;
      if (open) this.stmt('UPDATE sessions SET ended_on = ? WHERE session_id = ?').run(now, open.id);
      const id = randomUUID().replaceAll('-', '').slice(0, 24);
      this.stmt('INSERT INTO sessions (session_id, user_id, bot_id, started_on) VALUES (?, ?, ?, ?)').run(
        id,
        userId,
        botId,
        now,
      );
      return id;
    })();
  }

  /** Sets the session's language (`language` from rtm/start), which history reports as `lang`. */
  setSessionLanguage(sessionId: string, language: string): void {
    this.stmt('UPDATE sessions SET lang = ? WHERE session_id = ?').run(language, sessionId);
  }

  /** The session's language, or null when no client gave one. */
  sessionLanguage(sessionId: string): string | null {
    const row = this.stmt('SELECT lang FROM sessions WHERE session_id = ?').get(sessionId) as { lang: string | null } | undefined;
    return row?.lang ?? null;
  }

  endSession(sessionId: string, now: number): void {
    this.stmt('UPDATE sessions SET ended_on = ? WHERE session_id = ? AND ended_on IS NULL').run(now, sessionId);
  }

  /**
   * Stores a user message (the bot's answers are stored apart, after its ack). `seenBefore` says whether the user
   * had already sent this `clientMessageId`; with `dedupe` such a resend stores nothing (`stored: false`), so it is
   * answered once, and without it every frame is a new turn, as on a platform that keeps no client ids. `isFirst`:
   * the conversation held no message before this one. One query and one insert, and no transaction of its own: it
   * runs inside the write queue's (a savepoint per message would cost as much as the insert).
   */
  recordUserMessage(userMessage: NewMessage, dedupe = true): { seenBefore: boolean; stored: boolean; isFirst: boolean } {
    const { userId, botId, clientMessageId } = userMessage;
    const probe = this.stmt(
      `SELECT EXISTS (SELECT 1 FROM messages WHERE user_id = @userId AND bot_id = @botId AND client_message_id = @clientMessageId) AS seen,
        EXISTS (SELECT 1 FROM messages WHERE user_id = @userId AND bot_id = @botId) AS any`,
    ).get({ userId, botId, clientMessageId }) as { seen: number; any: number };
    const seenBefore = clientMessageId !== null && probe.seen === 1;
    if (seenBefore && dedupe) return { seenBefore, stored: false, isFirst: false };
    this.insertMessage().run(userMessage);
    return { seenBefore, stored: true, isFirst: probe.any === 0 };
  }

  private insertMessage() {
    return this.stmt(
      `INSERT OR IGNORE INTO messages (message_id, user_id, bot_id, session_id, direction, client_message_id, text,
        render_msg, intent, created_on)
       VALUES (@messageId, @userId, @botId, @sessionId, @direction, @clientMessageId, @text, @renderMsg, @intent,
        @createdOn)`,
    );
  }

  /** Stores the bot's messages in one transaction (the enclosing one when there is one: a write batch's). */
  recordBotMessages(botMessages: readonly NewMessage[]): void {
    const insert = this.insertMessage();
    const run = (): void => {
      for (const m of botMessages) insert.run(m);
    };
    if (this.db.inTransaction) run();
    else this.db.transaction(run)();
  }

  /** True when the session holds no message yet (a new conversation: the bot greets it). */
  sessionIsEmpty(userId: string, botId: string, sessionId: string): boolean {
    // By conversation first: there is an index on it, and none on session_id alone (this ran a full scan per socket).
    const sql = 'SELECT 1 AS one FROM messages WHERE user_id = ? AND bot_id = ? AND session_id = ? LIMIT 1';
    return this.stmt(sql).get(userId, botId, sessionId) === undefined;
  }

  /** Whether the conversation holds any message (an index probe, where COUNT(*) grew with the history). */
  hasMessages(userId: string, botId: string): boolean {
    return this.stmt('SELECT 1 AS one FROM messages WHERE user_id = ? AND bot_id = ? LIMIT 1').get(userId, botId) !== undefined;
  }

  /**
   * One page of the conversation: `offset` counts back from the newest; rows come oldest first. Ordered by time,
   * since a delayed answer is stored before a user message that arrives while it waits.
   */
  history(userId: string, botId: string, offset: number, limit: number): { total: number; rows: MessageRow[] } {
    return this.db.transaction(() => {
      const { total } = this.stmt('SELECT COUNT(*) AS total FROM messages WHERE user_id = ? AND bot_id = ?').get(
        userId,
        botId,
      ) as { total: number };
      const rows = this.stmt(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE user_id = ? AND bot_id = ? ORDER BY created_on DESC, seq DESC LIMIT ? OFFSET ?`,
      ).all(userId, botId, limit, offset) as MessageRow[];
      return { total, rows: rows.reverse() };
    })();
  }

  /** Every stored message of a user (oldest first), for tests and tools. */
  messagesOf(userId: string): MessageRow[] {
    return this.stmt(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE user_id = ? ORDER BY seq`).all(
      userId,
    ) as MessageRow[];
  }

  stats(): StoreStats {
    const count = (sql: string): number => (this.stmt(sql).get() as { n: number }).n;
    return {
      users: count('SELECT COUNT(*) AS n FROM users'),
      messages: count('SELECT COUNT(*) AS n FROM messages'),
      incoming: count("SELECT COUNT(*) AS n FROM messages WHERE direction = 'incoming'"),
      outgoing: count("SELECT COUNT(*) AS n FROM messages WHERE direction = 'outgoing'"),
      tokens: count('SELECT COUNT(*) AS n FROM tokens'),
      sessions: count('SELECT COUNT(*) AS n FROM sessions'),
    };
  }
}
