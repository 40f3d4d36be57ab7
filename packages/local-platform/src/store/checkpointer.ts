// WAL checkpoints on a thread of their own. SQLite's automatic checkpoint runs inside whichever COMMIT pushes the WAL
// past 1,000 pages, and it fsyncs the database file: on this kind of disk a 15 to 30 ms stall of the event loop, once
// every few hundred messages, which alone breaks a 10 ms p99 ack. A second connection in a worker thread checkpoints
// instead (PASSIVE: it never blocks the writer), so commits only append to the WAL.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './db.js';

const INTERVAL_MS = 100;

// Plain JavaScript evaluated in the worker, so it runs the same from source (tsx, vitest) and from the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or mid-close: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the worker (after a last checkpoint). */
  stop(): void;
}

/**
 * Turns off `db`'s automatic checkpoints and checkpoints `file` from a worker instead. If the worker fails, the
 * automatic checkpoints come back, so the WAL never grows without bound.
 */
export function startCheckpointer(db: Db, file: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: INTERVAL_MS } });
  // Never what keeps the process alive.
  worker.unref();
  let stopped = false;
  const fallBack = (): void => {
    if (!stopped && db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
    },
  };
}
