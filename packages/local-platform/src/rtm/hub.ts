import WebSocket from 'ws';
import type { Faults } from '../faults.js';
import type { ServerFrame } from '../protocol.js';

/** What the hub needs to know about an open socket. */
export interface HubSocket {
  readonly ws: WebSocket;
  readonly userId: string;
  readonly botId: string;
}

/** Open sockets by user: fan-out, fault-aware sending, and dropping. */
export class Hub {
  private readonly byUser = new Map<string, Set<HubSocket>>();

  constructor(
    private readonly faults: Faults,
    private readonly onSent: () => void,
  ) {}

  add(socket: HubSocket): void {
    let set = this.byUser.get(socket.userId);
    if (!set) this.byUser.set(socket.userId, (set = new Set()));
    set.add(socket);
  }

  remove(socket: HubSocket): void {
    const set = this.byUser.get(socket.userId);
    if (!set) return;
    set.delete(socket);
    if (set.size === 0) this.byUser.delete(socket.userId);
  }

  /** The user's open sockets to one bot. */
  socketsOf(userId: string, botId: string): HubSocket[] {
    return [...(this.byUser.get(userId) ?? [])].filter((s) => s.botId === botId);
  }

  send(socket: HubSocket, frame: ServerFrame): void {
    if (socket.ws.readyState === WebSocket.OPEN) this.sendText(socket, JSON.stringify(frame));
  }

  /** One frame to several sockets (`copies` times each), serialized once. */
  sendAll(sockets: readonly HubSocket[], frame: ServerFrame, copies = 1): void {
    let text: string | undefined;
    for (const socket of sockets) {
      for (let i = 0; i < copies; i += 1) {
        if (socket.ws.readyState !== WebSocket.OPEN) break;
        this.sendText(socket, (text ??= JSON.stringify(frame)));
      }
    }
  }

  private sendText(socket: HubSocket, text: string): void {
    socket.ws.send(text);
    this.onSent();
    if (this.faults.frameSentTo(socket.userId)) this.faults.counters.socketsDropped += this.dropUser(socket.userId);
  }

  /** Terminates (no close frame: the client sees 1006) all of a user's sockets; returns how many. */
  dropUser(userId: string): number {
    const sockets = [...(this.byUser.get(userId) ?? [])];
    for (const s of sockets) s.ws.terminate();
    return sockets.length;
  }

  /** Closes all of a user's sockets with a close frame (`code`, `reason`); returns how many. */
  closeUser(userId: string, code: number, reason: string): number {
    const sockets = [...(this.byUser.get(userId) ?? [])];
    for (const s of sockets) s.ws.close(code, reason);
    return sockets.length;
  }

  /** Terminates every socket; returns how many. */
  dropAll(): number {
    let n = 0;
    for (const userId of [...this.byUser.keys()]) n += this.dropUser(userId);
    return n;
  }

  /** Open sockets per user id. */
  openSockets(): Record<string, number> {
    return Object.fromEntries([...this.byUser].map(([userId, set]) => [userId, set.size]));
  }

  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }
}
