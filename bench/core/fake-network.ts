// A network-free platform for the core benchmark: fetch answers the grant, rtm/start and an empty history; the
// socket is an in-memory WebSocketLike whose server side the bench drives.
import type { FetchLike, WebSocketLike } from '@xo-chat/core';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

export const fakeFetch: FetchLike = async (input) => {
  const url = String(input);
  if (url.includes('/oAuth/token/jwtgrant')) {
    return json({
      authorization: { accessToken: 'bench-token', token_type: 'bearer', expiresDate: new Date(Date.now() + 86_400_000).toISOString() },
      userInfo: { userId: 'u-bench', identity: 'bench@xo-chat.local' },
    });
  }
  if (url.includes('/rtm/start')) return json({ url: 'ws://bench.invalid/rtm/bot?sid=1' });
  if (url.includes('/botmessages/rtm')) return json({ total: 0, moreAvailable: false, messages: [] });
  return new Response('{"errors":[{"msg":"not found"}]}', { status: 404 });
};

export class FakeSocket implements WebSocketLike {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static last: FakeSocket | null = null;
  /** Called with every frame the client sends; the bench answers through `deliver`. */
  static onClientFrame: ((socket: FakeSocket, data: string) => void) | null = null;

  readyState = 0;
  readonly protocol = '';
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.last = this;
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.({});
    }, 0);
  }

  send(data: string): void {
    FakeSocket.onClientFrame?.(this, data);
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  deliver(data: string): void {
    this.onmessage?.({ data });
  }
}
