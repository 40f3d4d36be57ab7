import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from './db.js';
import { Store } from './store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const sizeOf = (file: string): number => statSync(file).size;

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('WAL checkpoints', () => {
  it('are not run by the commits of a file store, and still reach the database file (from the worker)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xo-ckpt-'));
    dirs.push(dir);
    const store = new Store(dir);
    try {
      expect(store.raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.raw.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const file = path.join(dir, DB_FILE_NAME);
      const before = sizeOf(file);
      const insert = store.raw.prepare('INSERT INTO jtis (client_id, jti, expires_on) VALUES (?, ?, ?)');
      // Well past the 1,000 pages at which a commit would have checkpointed by itself.
      store.raw.transaction(() => {
        for (let i = 0; i < 40_000; i += 1) insert.run('cs-test', `jti-${i}-${'x'.repeat(80)}`, i);
      })();
      expect(sizeOf(`${file}-wal`)).toBeGreaterThan(1000 * 4096);
      expect(await until(() => sizeOf(file) > before + 1000 * 4096, 5000)).toBe(true);
    } finally {
      store.close();
    }
  });

  it('keep no worker for an in-memory store', () => {
    const store = new Store(':memory:');
    expect(store.raw.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    store.close();
  });
});
