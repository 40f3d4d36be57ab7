// Uploaded files, in SQLite beside the messages (so they live in the data directory, survive a restart, and an
// in-memory platform keeps them in memory): upload tokens, their chunks until the merge, the merged files, and
// which attachments each user message carried (for history).
import { randomBytes } from 'node:crypto';
import type { Json } from '../bot/script-types.js';
import type { Store } from './store.js';
import { sideTables } from './side-tables.js';

export interface FileRow {
  fileId: string;
  userId: string;
  /** Part of the file's URL: knowing the file id alone does not fetch it. */
  secret: string;
  name: string;
  /** Lower-case extension without the dot ('' when the name has none). */
  extension: string;
  size: number;
  createdOn: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS upload_tokens (
  file_token TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  created_on INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS upload_chunks (
  file_token TEXT NOT NULL,
  chunk_no   INTEGER NOT NULL,
  data       BLOB NOT NULL,
  PRIMARY KEY (file_token, chunk_no)
);
CREATE TABLE IF NOT EXISTS files (
  file_id    TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  secret     TEXT NOT NULL,
  name       TEXT NOT NULL,
  extension  TEXT NOT NULL,
  size       INTEGER NOT NULL,
  data       BLOB NOT NULL,
  created_on INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS message_attachments (
  message_id  TEXT PRIMARY KEY,
  attachments TEXT NOT NULL
);
`;

const FILE_COLUMNS = 'file_id AS fileId, user_id AS userId, secret, name, extension, size, created_on AS createdOn';

const { db, prepare } = sideTables(SCHEMA);

const newId = (prefix: string) => `${prefix}${randomBytes(12).toString('hex')}`;

export function createUploadToken(store: Store, userId: string, now: number): string {
  const fileToken = newId('ft-');
  prepare(store, 'INSERT INTO upload_tokens (file_token, user_id, created_on) VALUES (?, ?, ?)').run(fileToken, userId, now);
  return fileToken;
}

/** The user a file token belongs to, or undefined for an unknown (or merged) token. */
export function uploadTokenOwner(store: Store, fileToken: string): string | undefined {
  const row = prepare(store, 'SELECT user_id AS userId FROM upload_tokens WHERE file_token = ?').get(fileToken) as { userId: string } | undefined;
  return row?.userId;
}

/** Stores chunk `chunkNo` (a resent chunk replaces the earlier copy); returns the bytes held so far. */
export function saveChunk(store: Store, fileToken: string, chunkNo: number, data: Buffer): number {
  const d = db(store);
  d.prepare('INSERT OR REPLACE INTO upload_chunks (file_token, chunk_no, data) VALUES (?, ?, ?)').run(fileToken, chunkNo, data);
  const row = d.prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM upload_chunks WHERE file_token = ?').get(fileToken) as { n: number };
  return row.n;
}

/** The chunk numbers received for a token, ascending. */
export function chunkNumbers(store: Store, fileToken: string): number[] {
  const rows = prepare(store, 'SELECT chunk_no AS n FROM upload_chunks WHERE file_token = ? ORDER BY chunk_no').all(fileToken) as { n: number }[];
  return rows.map((r) => r.n);
}

/** Joins chunks 0..totalChunks-1 into one file and forgets the token, in one transaction. */
export function mergeChunks(
  store: Store,
  fileToken: string,
  file: { userId: string; name: string; extension: string; now: number },
): FileRow {
  const d = db(store);
  return d.transaction(() => {
    const chunks = d.prepare('SELECT data FROM upload_chunks WHERE file_token = ? ORDER BY chunk_no').all(fileToken) as { data: Buffer }[];
    const data = Buffer.concat(chunks.map((c) => c.data));
    const row: FileRow = {
      fileId: newId('fl-'),
      userId: file.userId,
      secret: randomBytes(16).toString('hex'),
      name: file.name,
      extension: file.extension,
      size: data.length,
      createdOn: file.now,
    };
    d.prepare(
      `INSERT INTO files (file_id, user_id, secret, name, extension, size, data, created_on)
       VALUES (@fileId, @userId, @secret, @name, @extension, @size, @data, @createdOn)`,
    ).run({ ...row, data });
    d.prepare('DELETE FROM upload_chunks WHERE file_token = ?').run(fileToken);
    d.prepare('DELETE FROM upload_tokens WHERE file_token = ?').run(fileToken);
    return row;
  })();
}

export function findFile(store: Store, fileId: string): FileRow | undefined {
  return prepare(store, `SELECT ${FILE_COLUMNS} FROM files WHERE file_id = ?`).get(fileId) as FileRow | undefined;
}

export function fileData(store: Store, fileId: string): Buffer | undefined {
  const row = prepare(store, 'SELECT data FROM files WHERE file_id = ?').get(fileId) as { data: Buffer } | undefined;
  return row?.data;
}

/** Keeps the attachments a user message carried, for its history item. */
export function recordMessageAttachments(store: Store, messageId: string, attachments: readonly Json[]): void {
  if (attachments.length === 0) return;
  prepare(store, 'INSERT OR REPLACE INTO message_attachments (message_id, attachments) VALUES (?, ?)').run(messageId, JSON.stringify(attachments));
}

/** The attachments of those messages that carried any, by message id. */
export function attachmentsOf(store: Store, messageIds: readonly string[]): Map<string, Json[]> {
  const found = new Map<string, Json[]>();
  if (messageIds.length === 0) return found;
  const rows = prepare(store, `SELECT message_id AS id, attachments FROM message_attachments WHERE message_id IN (${messageIds.map(() => '?').join(', ')})`)
    .all(...messageIds) as { id: string; attachments: string }[];
  for (const r of rows) {
    try {
      const value = JSON.parse(r.attachments) as unknown;
      if (Array.isArray(value)) found.set(r.id, value as Json[]);
    } catch {
      // A row this module did not write: history shows the message's text alone.
    }
  }
  return found;
}
