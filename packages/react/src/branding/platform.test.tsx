// The whole way, against the real local platform (HTTP, ws, SQLite): the core client's grant and bearer token,
// `GET /api/websdkthemes/{botId}/activetheme`, the check and the window's look.
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, signJwt, startLocalPlatform } from '@xo-chat/local-platform';
import type { LocalPlatform, ThemeDocument } from '@xo-chat/local-platform';
import type { ChatClientOptions, WebSocketConstructor } from '@xo-chat/core';
import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { fakeLayout } from '../test/layout';
import { ChatWindow } from '../window/ChatWindow';
import { harborBranding } from './fixtures';

let platform: LocalPlatform;
beforeAll(async () => {
  const { activeTheme: _drop, ...theme } = harborBranding;
  platform = await startLocalPlatform({ port: 0, theme: theme as ThemeDocument });
});
afterAll(() => platform.close());

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => restore());

const options = (extra: Partial<ChatClientOptions> = {}): ChatClientOptions => ({
  apiHost: platform.url,
  botInfo: DEMO_BOT,
  getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity: `branding-${Date.now()}@test` }),
  WebSocket: WebSocket as unknown as WebSocketConstructor,
  storage: null,
  ...extra,
});

describe('branding from the local platform', () => {
  it('the window shows the theme the platform serves for its bot', async () => {
    render(<ChatWindow options={options()} mode="inline" />);
    expect(await screen.findByRole('heading', { name: 'Harbor Help' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(document.querySelector<HTMLElement>('.xo-root')?.style.getPropertyValue('--xo-header-bg')).toBe('#0b7285');
  });

  it('a failing theme request (HTTP 500 from the platform path) warns and keeps the default look', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchThrough: typeof fetch = (input, init) =>
      String(input).includes('/websdkthemes/') ? Promise.resolve(new Response('{"errors":[{"msg":"theme store down"}]}', { status: 500 })) : fetch(input, init);
    render(<ChatWindow options={options({ fetch: fetchThrough })} mode="inline" />);
    await waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 5_000 });
    expect(String(warn.mock.calls[0]?.[0])).toContain('activetheme failed: theme store down (HTTP 500)');
    expect(screen.getByRole('heading', { name: DEMO_BOT.chatBot })).toBeInTheDocument();
    expect(document.querySelector('.xo-root')?.getAttribute('style')).toBeNull();
    warn.mockRestore();
  });
});
