import WebSocket from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Faults } from '../faults.js';
import { Hub } from './hub.js';
import type { HubSocket } from './hub.js';

// The hub only calls `readyState`, `send` and `terminate`; a socket that records what it was sent stands in for one.
function socket(userId: string, readyState: number = WebSocket.OPEN): HubSocket & { sent: string[] } {
  const sent: string[] = [];
  const ws = { readyState, send: (text: string) => sent.push(text), terminate: () => undefined } as unknown as WebSocket;
  return { ws, userId, botId: 'st-bot', sent };
}

afterEach(() => vi.restoreAllMocks());

describe('Hub.sendAll', () => {
  it('serializes a frame once for every socket and copy, and skips sockets that are not open', () => {
    let sentCount = 0;
    const hub = new Hub(new Faults(false), () => (sentCount += 1));
    const open = [socket('u-1'), socket('u-1'), socket('u-1')];
    const closing = socket('u-1', WebSocket.CLOSING);
    const stringify = vi.spyOn(JSON, 'stringify');
    hub.sendAll([...open, closing], { type: 'pong' }, 2);
    expect(stringify).toHaveBeenCalledTimes(1);
    expect(open.map((s) => s.sent)).toEqual(open.map(() => ['{"type":"pong"}', '{"type":"pong"}']));
    expect(closing.sent).toEqual([]);
    expect(sentCount).toBe(6);
  });

  it('does not serialize at all when no socket is open', () => {
    const hub = new Hub(new Faults(false), () => undefined);
    const stringify = vi.spyOn(JSON, 'stringify');
    hub.sendAll([socket('u-1', WebSocket.CLOSED)], { type: 'pong' });
    expect(stringify).not.toHaveBeenCalled();
  });
});
