// A `ws` WebSocket per client that counts what the soak checks: how many sockets the client had live at once
// (CONNECTING or OPEN), how many opened, and when each opened.
import WebSocket from 'ws';
import type { WebSocketConstructor } from '@xo-chat/core';

export interface SocketCounters {
  created: number;
  opened: number;
  /** The most sockets of this client live (CONNECTING or OPEN) at the same moment. */
  maxLive: number;
  openTimes: number[];
}

export function countingWebSocket(): { WebSocket: WebSocketConstructor; counters: SocketCounters; live: () => WebSocket[] } {
  const counters: SocketCounters = { created: 0, opened: 0, maxLive: 0, openTimes: [] };
  const sockets = new Set<WebSocket>();
  const liveSockets = () => [...sockets].filter((s) => s.readyState === WebSocket.CONNECTING || s.readyState === WebSocket.OPEN);
  const note = () => {
    counters.maxLive = Math.max(counters.maxLive, liveSockets().length);
  };

  class CountingWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      counters.created += 1;
      sockets.add(this);
      note();
      this.addEventListener('open', () => {
        counters.opened += 1;
        counters.openTimes.push(Date.now());
        note();
      });
      this.addEventListener('close', () => sockets.delete(this));
      // A refused or reset connection emits 'error' then 'close'; the core handles both through on* handlers.
      this.on('error', () => undefined);
    }
  }
  return { WebSocket: CountingWebSocket as unknown as WebSocketConstructor, counters, live: liveSockets };
}
