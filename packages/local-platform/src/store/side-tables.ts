// Tables a feature keeps beside the messages (receipts, files, agent hand-offs), created on first use. The store
// re-opens its handle on a restart, so each handle gets the schema, and its own cache of prepared statements.
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';
import type { Store } from './store.js';

export interface SideTables {
  /** The store's current handle, with the tables created. */
  db(store: Store): Db;
  /** A statement prepared once per handle (preparing costs more than running a small query). */
  prepare(store: Store, sql: string): Statement<unknown[]>;
}

// Every feature's schema, registered when its module loads, so a store creates them all when it opens its handle.
// Created lazily inside a write batch instead, a table would vanish with a rolled-back batch while the statement
// cache still named it.
const schemas = new Set<string>();

/** Creates every registered side table on a newly opened handle (the store calls this). */
export function createSideTables(raw: Db): void {
  for (const schema of schemas) raw.exec(schema);
}

export function sideTables(schema: string): SideTables {
  schemas.add(schema);
  const statements = new WeakMap<Db, Map<string, Statement<unknown[]>>>();
  const cacheOf = (raw: Db) => {
    let cache = statements.get(raw);
    if (!cache) {
      raw.exec(schema);
      statements.set(raw, (cache = new Map()));
    }
    return cache;
  };
  return {
    db(store) {
      cacheOf(store.raw);
      return store.raw;
    },
    prepare(store, sql) {
      const cache = cacheOf(store.raw);
      let statement = cache.get(sql);
      if (!statement) cache.set(sql, (statement = store.raw.prepare<unknown[]>(sql)));
      return statement;
    },
  };
}
