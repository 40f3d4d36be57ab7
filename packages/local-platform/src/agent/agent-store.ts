// The agent desk's SQLite tables, beside the messages: hand-offs (who asked for a person, who took them) and the
// author of each agent message (history names the agent, as Kore's does). Kept on disk, so a restart keeps them.
import { randomUUID } from 'node:crypto';
import { sideTables } from '../store/side-tables.js';
import type { Store } from '../store/store.js';

export type HandoffStatus = 'waiting' | 'active' | 'ended';

/** A person at the desk, as the platform's frames name them (`author`). */
export interface AgentProfile {
  id: string;
  firstName: string;
  lastName: string;
  /** The agent's picture URL (Kore's `profImage`). */
  profImage?: string;
}

export interface HandoffRow {
  id: string;
  userId: string;
  botId: string;
  sessionId: string;
  status: HandoffStatus;
  /** What the user said that asked for a person. */
  reason: string;
  agent: AgentProfile | null;
  requestedOn: number;
  acceptedOn: number | null;
  endedOn: number | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS agent_handoffs (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL,
  bot_id       TEXT NOT NULL,
  session_id   TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('waiting', 'active', 'ended')),
  reason       TEXT NOT NULL,
  agent        TEXT,
  requested_on INTEGER NOT NULL,
  accepted_on  INTEGER,
  ended_on     INTEGER
);
CREATE INDEX IF NOT EXISTS agent_handoffs_open ON agent_handoffs(user_id, bot_id) WHERE status != 'ended';
CREATE TABLE IF NOT EXISTS agent_message_authors (
  message_id TEXT PRIMARY KEY,
  author     TEXT NOT NULL
);
`;

const COLUMNS = `id, user_id AS userId, bot_id AS botId, session_id AS sessionId, status, reason, agent,
  requested_on AS requestedOn, accepted_on AS acceptedOn, ended_on AS endedOn`;

type RawHandoff = Omit<HandoffRow, 'agent'> & { agent: string | null };

const { prepare } = sideTables(SCHEMA);

const toRow = (raw: RawHandoff): HandoffRow => ({ ...raw, agent: raw.agent === null ? null : (JSON.parse(raw.agent) as AgentProfile) });

export class AgentStore {
  /** `userId bot` of every hand-off not ended, so a user message costs no query while nobody asked for a person. */
  private openKeys: Set<string> | null = null;

  constructor(private readonly store: Store) {}

  private keys(): Set<string> {
    if (!this.openKeys) {
      const rows = prepare(this.store, `SELECT user_id AS userId, bot_id AS botId FROM agent_handoffs WHERE status != 'ended'`).all() as { userId: string; botId: string }[];
      this.openKeys = new Set(rows.map((r) => `${r.userId} ${r.botId}`));
    }
    return this.openKeys;
  }

  /** The user's hand-off to one bot that has not ended, if any. */
  open(userId: string, botId: string): HandoffRow | undefined {
    if (!this.keys().has(`${userId} ${botId}`)) return undefined;
    const sql = `SELECT ${COLUMNS} FROM agent_handoffs WHERE user_id = ? AND bot_id = ? AND status != 'ended' ORDER BY requested_on DESC LIMIT 1`;
    const raw = prepare(this.store, sql).get(userId, botId) as RawHandoff | undefined;
    return raw && toRow(raw);
  }

  find(id: string): HandoffRow | undefined {
    const raw = prepare(this.store, `SELECT ${COLUMNS} FROM agent_handoffs WHERE id = ?`).get(id) as RawHandoff | undefined;
    return raw && toRow(raw);
  }

  /** Hand-offs not ended first (oldest waiting first), then the latest ended ones. */
  list(limit = 200): HandoffRow[] {
    const sql = `SELECT ${COLUMNS} FROM agent_handoffs
      ORDER BY CASE status WHEN 'waiting' THEN 0 WHEN 'active' THEN 1 ELSE 2 END,
        CASE status WHEN 'ended' THEN -ended_on ELSE requested_on END LIMIT ?`;
    return (prepare(this.store, sql).all(limit) as RawHandoff[]).map(toRow);
  }

  request(userId: string, botId: string, sessionId: string, reason: string, now: number): HandoffRow {
    const existing = this.open(userId, botId);
    if (existing) return existing;
    const id = `ho-${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const sql = `INSERT INTO agent_handoffs (id, user_id, bot_id, session_id, status, reason, requested_on) VALUES (?, ?, ?, ?, 'waiting', ?, ?)`;
    prepare(this.store, sql).run(id, userId, botId, sessionId, reason, now);
    this.keys().add(`${userId} ${botId}`);
    return this.find(id) as HandoffRow;
  }

  /** Waiting → active with `agent`, or active → active with another agent (a transfer). */
  assign(id: string, agent: AgentProfile, now: number): void {
    const sql = `UPDATE agent_handoffs SET status = 'active', agent = ?, accepted_on = COALESCE(accepted_on, ?) WHERE id = ? AND status != 'ended'`;
    prepare(this.store, sql).run(JSON.stringify(agent), now, id);
  }

  end(id: string, now: number): void {
    const h = this.find(id);
    prepare(this.store, `UPDATE agent_handoffs SET status = 'ended', ended_on = ? WHERE id = ? AND status != 'ended'`).run(now, id);
    if (h) this.keys().delete(`${h.userId} ${h.botId}`);
  }

  setAuthor(messageId: string, agent: AgentProfile): void {
    prepare(this.store, 'INSERT OR REPLACE INTO agent_message_authors (message_id, author) VALUES (?, ?)').run(messageId, JSON.stringify(agent));
  }

  /** The agents who wrote any of `messageIds` (a history page: at most 100). */
  authorsOf(messageIds: readonly string[]): Map<string, AgentProfile> {
    const out = new Map<string, AgentProfile>();
    if (messageIds.length === 0) return out;
    const sql = `SELECT message_id AS messageId, author FROM agent_message_authors WHERE message_id IN (${messageIds.map(() => '?').join(',')})`;
    const rows = prepare(this.store, sql).all(...messageIds) as { messageId: string; author: string }[];
    for (const r of rows) out.set(r.messageId, JSON.parse(r.author) as AgentProfile);
    return out;
  }
}
