// Message ids (`ms-` and a UUID-shaped hex string) that increase within a process, and across restarts, since they
// start from the process's start time: each insert then lands at the right edge of the message_id index instead of
// on a random page of it, and a write batch dirties (and writes to the WAL) one page fewer per message.
import { randomBytes } from 'node:crypto';

// 12 hex of start time, then 12 of a counter, then 8 random ones drawn once (two processes started in the same
// millisecond still differ; drawing them per id cost more than the rest of the id).
const start = Date.now().toString(16).padStart(12, '0');
const salt = randomBytes(4).toString('hex');
let counter = 0;

export function newMessageId(): string {
  counter += 1;
  const hex = `${start}${counter.toString(16).padStart(12, '0')}${salt}`;
  return `ms-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
