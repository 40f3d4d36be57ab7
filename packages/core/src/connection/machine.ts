// The connection state machine: every change of `ChatState.connection` goes through `transition`, so the
// states the UI shows and the moves between them are all in this one table.
import type { ConnectionState } from '../types';

export type ConnectionEvent =
  | { type: 'start' }
  | { type: 'authenticate' }
  | { type: 'connect'; attempt: number }
  | { type: 'opened'; at: number }
  | { type: 'lost'; attempt: number; retryAt: number; error?: string }
  | { type: 'offline' }
  | { type: 'fail'; reason: string; code?: string }
  | { type: 'stop' };

type Status = ConnectionState['status'];

/** Which states each event may leave from. */
const FROM: Record<ConnectionEvent['type'], readonly Status[]> = {
  start: ['idle', 'closed', 'failed'],
  authenticate: ['idle', 'closed', 'failed', 'reconnecting', 'offline', 'connecting', 'open'],
  connect: ['idle', 'authenticating', 'reconnecting', 'offline', 'failed', 'closed', 'connecting'],
  opened: ['connecting'],
  lost: ['authenticating', 'connecting', 'open', 'reconnecting'],
  offline: ['authenticating', 'connecting', 'open', 'reconnecting'],
  fail: ['authenticating', 'connecting', 'open', 'reconnecting'],
  stop: ['idle', 'authenticating', 'connecting', 'open', 'reconnecting', 'offline', 'failed'],
};

/** The next state, or the same object when the event does not apply (the caller can detect a no-op). */
export function transition(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (!FROM[event.type].includes(state.status)) return state;
  switch (event.type) {
    case 'start':
      return { status: 'authenticating' };
    case 'authenticate':
      return { status: 'authenticating' };
    case 'connect':
      return { status: 'connecting', attempt: event.attempt };
    case 'opened':
      return { status: 'open', since: event.at };
    case 'lost':
      return event.error === undefined
        ? { status: 'reconnecting', attempt: event.attempt, retryAt: event.retryAt }
        : { status: 'reconnecting', attempt: event.attempt, retryAt: event.retryAt, lastError: event.error };
    case 'offline':
      return { status: 'offline' };
    case 'fail':
      return event.code === undefined
        ? { status: 'failed', reason: event.reason }
        : { status: 'failed', reason: event.reason, code: event.code };
    case 'stop':
      return { status: 'closed' };
  }
}
