import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openDb } from './db.js';
import type { Db } from './db.js';
import { WriteQueue } from './write-queue.js';
import type { WriteOutcome } from './write-queue.js';

let dir: string;
let db: Db;
let reader: Db;
let queue: WriteQueue;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'xo-wq-'));
  db = openDb(dir);
  db.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE refs (id INTEGER PRIMARY KEY, item INTEGER REFERENCES items(id) DEFERRABLE INITIALLY DEFERRED);`);
  // A second connection sees only what was committed.
  reader = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
  queue = new WriteQueue(() => db);
});
afterEach(() => {
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const committed = (): string[] => (reader.prepare('SELECT name FROM items ORDER BY id').all() as { name: string }[]).map((r) => r.name);
const insert = (name: string) => () => db.prepare('INSERT INTO items (name) VALUES (?)').run(name).lastInsertRowid;
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('WriteQueue', () => {
  it('is on WAL for a file database', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it("commits one turn's writes in one transaction on the next turn, and reports each only once it is on disk", async () => {
    const seen: { outcome: WriteOutcome<unknown>; committedThen: string[]; inTransaction: boolean }[] = [];
    const inTransaction: boolean[] = [];
    for (const name of ['a', 'b', 'c']) {
      queue.enqueue(
        () => {
          inTransaction.push(db.inTransaction);
          return insert(name)();
        },
        (outcome) => seen.push({ outcome, committedThen: committed(), inTransaction: db.inTransaction }),
      );
    }
    expect(queue.size).toBe(3);
    expect(seen).toEqual([]);
    await turn();
    expect(inTransaction).toEqual([true, true, true]);
    expect(seen.map((s) => s.outcome)).toEqual([{ ok: true, value: 1 }, { ok: true, value: 2 }, { ok: true, value: 3 }]);
    // The first callback already sees all three from another connection: they were committed together, before it.
    expect(seen.map((s) => s.committedThen)).toEqual([['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']]);
    expect(seen.every((s) => !s.inTransaction)).toBe(true);
  });

  it('undoes only the write that throws; the rest of its batch is committed', async () => {
    const outcomes: WriteOutcome<unknown>[] = [];
    queue.enqueue(insert('kept'), (o) => outcomes.push(o));
    queue.enqueue(
      () => {
        insert('half')();
        throw new Error('boom');
      },
      (o) => outcomes.push(o),
    );
    queue.enqueue(insert('also kept'), (o) => outcomes.push(o));
    await turn();
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { message: 'boom' } });
    expect(committed()).toEqual(['kept', 'also kept']);
  });

  it('fails every write of a batch whose COMMIT fails, and stores none of them', async () => {
    const outcomes: WriteOutcome<unknown>[] = [];
    queue.enqueue(insert('lost'), (o) => outcomes.push(o));
    // A deferred foreign key is checked at COMMIT: this one makes the whole batch's COMMIT fail.
    queue.enqueue(() => db.prepare('INSERT INTO refs (item) VALUES (999)').run(), (o) => outcomes.push(o));
    await turn();
    expect(outcomes.map((o) => o.ok)).toEqual([false, false]);
    expect(outcomes[0]).toMatchObject({ ok: false, error: { message: expect.stringMatching(/FOREIGN KEY/) } });
    expect(committed()).toEqual([]);
    queue.enqueue(insert('next batch'), (o) => outcomes.push(o));
    await turn();
    expect(committed()).toEqual(['next batch']);
  });

  it('puts writes queued by a callback in the next batch, and runs every callback even when one throws', async () => {
    const order: string[] = [];
    queue.enqueue(insert('first'), () => {
      order.push('first done');
      queue.enqueue(insert('second'), () => order.push(`second done, committed ${committed().join(' ')}`));
      throw new Error('callback bug');
    });
    queue.enqueue(insert('sibling'), () => order.push('sibling done'));
    expect(() => queue.flush()).toThrow('callback bug');
    expect(order).toEqual(['first done', 'sibling done']);
    expect(queue.size).toBe(1);
    await turn();
    expect(order.at(-1)).toBe('second done, committed first sibling second');
  });

  it('forgets what is queued on discard(), as a crash would', async () => {
    let called = false;
    queue.enqueue(insert('never'), () => (called = true));
    queue.discard();
    await turn();
    expect(called).toBe(false);
    expect(committed()).toEqual([]);
  });
});
