import { createChatClient } from '@xo-chat/core';
import type { Message, WebSocketLike } from '@xo-chat/core';
import { act, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLayout, flushLayout } from './test/layout';
import { personOn, startLocalPlatform, storedFrom } from './test/platform';
import type { LocalPlatform } from './test/platform';
import { createFakeChatClient } from './testing/fake-client';
import { ChatWindow } from './window/ChatWindow';

// Server HTML hydrated in the browser with no mismatch: React 18 reports one as a console "Warning:" and through
// onRecoverableError, React 19 through onRecoverableError (and console.error); both are collected and must be
// empty. The server side is its own copy of the kit, imported with no window and no document, as a server has
// (ssr.test.tsx renders in plain Node); the browser side is this file's imports.
let platform: LocalPlatform;
let restoreLayout: () => void;
beforeAll(async () => {
  platform = await startLocalPlatform();
});
afterAll(async () => {
  await platform.close();
});
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  restoreLayout();
  localStorage.clear();
  document.body.replaceChildren();
});

type Kit = { ChatWindow: typeof ChatWindow; createFakeChatClient: typeof createFakeChatClient };

/** Renders to HTML with the server's copy of the kit: `render` gets that copy's exports. */
async function onServer(render: (kit: Kit) => ReactElement): Promise<string> {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  try {
    vi.resetModules();
    const [{ ChatWindow: ServerWindow }, { createFakeChatClient: serverFake }] = await Promise.all([import('./window/ChatWindow'), import('./testing/fake-client')]);
    expect(ServerWindow).not.toBe(ChatWindow);
    return renderToString(render({ ChatWindow: ServerWindow, createFakeChatClient: serverFake }));
  } finally {
    vi.unstubAllGlobals();
    restoreLayout = fakeLayout();
  }
}

/** Hydrates `html` with `element`; returns the root and every hydration complaint React made. */
function hydrate(html: string, element: ReactElement): { root: Root; problems: string[]; container: HTMLElement } {
  const container = document.createElement('div');
  // Parsed as a browser parses the page the server sent (not innerHTML: the kit's lint bans it everywhere).
  container.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
  document.body.append(container);
  const problems: string[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
  });
  let root!: Root;
  try {
    act(() => {
      root = hydrateRoot(container, element, { onRecoverableError: (error) => problems.push(`recoverable: ${String(error)}`) });
    });
  } finally {
    consoleError.mockRestore();
  }
  return { root, problems, container };
}

/** A socket that never opens: the page that wrote the pending message had no connection. */
class NeverOpens implements WebSocketLike {
  readonly readyState = 0;
  readonly protocol = '';
  onopen = null;
  onclose = null;
  onerror = null;
  onmessage = null;
  send(): void {}
  close(): void {}
}

describe('hydrating server-rendered ChatWindow', () => {
  it('with pending messages waiting in the outbox: no mismatch, then they show once and are sent once', async () => {
    const identity = `hydrate-${Date.now()}@test`;
    // An earlier page: signed in, typed a message, never got a socket, went away.
    const earlier = createChatClient(personOn(platform, identity, { WebSocket: NeverOpens }));
    void earlier.start();
    await waitFor(() => expect(earlier.store.getState().user).toBeTruthy());
    earlier.send('typed while offline');
    await waitFor(() => expect(Object.keys(localStorage).some((key) => key.startsWith('xo-chat:outbox:'))).toBe(true));
    earlier.stop();

    const options = personOn(platform, identity);
    const html = await onServer((kit) => <kit.ChatWindow options={options} mode="inline" />);
    // The server cannot see the browser's storage: its transcript is empty, and so is the first client render.
    expect(html).toContain('role="log"');
    expect(html).not.toContain('typed while offline');

    const { root, problems } = hydrate(html, <ChatWindow options={options} mode="inline" />);
    expect(problems).toEqual([]);

    // Restored after the grant, sent once the socket opens, acked, answered (the bot greets a first message).
    await screen.findByText(/running on your own machine/, {}, { timeout: 10_000 });
    await waitFor(() => expect(storedFrom(platform, identity)).toEqual(['typed while offline']));
    expect(screen.getAllByText('typed while offline')).toHaveLength(1);
    act(() => root.unmount());
  }, 30_000);

  it('from a client whose transcript holds a pending and a failed message: no mismatch, then they show once', async () => {
    const at = Date.UTC(2026, 0, 15, 10, 0, 0);
    const messages: Message[] = [
      { id: 'b1', from: 'bot', createdAt: at, parts: [{ type: 'text', text: 'Welcome **back**' }] },
      { id: 'u1', from: 'user', createdAt: at + 1000, status: 'sending', parts: [{ type: 'text', text: 'still on its way' }] },
      { id: 'u2', from: 'user', createdAt: at + 2000, status: 'failed', error: 'Not sent: offline', parts: [{ type: 'text', text: 'did not go' }] },
    ];
    const html = await onServer((kit) => <kit.ChatWindow client={kit.createFakeChatClient({ messages })} mode="inline" />);
    // The transcript is virtualized: with no layout a server renders its frame and no rows, and so does the
    // browser's first render; rows come once sizes are measured.
    expect(html).toContain('xo-thread__rows');
    const { root, problems } = hydrate(html, <ChatWindow client={createFakeChatClient({ messages })} mode="inline" />);
    expect(problems).toEqual([]);
    flushLayout();
    expect(screen.getAllByText('still on its way')).toHaveLength(1);
    expect(screen.getAllByText('did not go')).toHaveLength(1);
    act(() => root.unmount());
  });
});
