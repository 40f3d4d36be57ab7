import type { ChatClient, ChatClientOptions } from '@xo-chat/core';
import { createFakeChatClient } from '@xo-chat/react/testing';
import type { FakeChatClient } from '@xo-chat/react/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elementDeps } from './element';
import './index';

interface Made {
  options: ChatClientOptions;
  client: FakeChatClient;
}

let made: Made[] = [];
let errors: string[] = [];

beforeEach(() => {
  made = [];
  errors = [];
  elementDeps.createClient = (options: ChatClientOptions): ChatClient => {
    const client = createFakeChatClient();
    made.push({ options, client });
    return client;
  };
  elementDeps.logError = (m) => errors.push(m);
  localStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

const methods = (client: FakeChatClient) => client.calls.map((c) => c.method).filter((m) => m === 'start' || m === 'stop');

function addElement(attributes: Record<string, string>): HTMLElement {
  const el = document.createElement('xo-chat');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

const VALID = { 'api-host': 'https://bots.example.com', 'bot-name': 'Support Bot', 'bot-id': 'st-1', 'jwt-url': 'https://shop.example.com/jwt', title: 'Helper', mode: 'inline' };
const shadowText = (el: HTMLElement) => el.shadowRoot?.textContent ?? '';

describe('<xo-chat>', () => {
  it('renders the window in an open shadow root with the styles, and starts one client', async () => {
    const el = addElement(VALID);
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('.xo-root')).toBeTruthy());
    expect(el.shadowRoot?.querySelector('.xo-window-root')?.getAttribute('data-mode')).toBe('inline');
    expect(shadowText(el)).toContain('Helper');
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toMatchObject({ apiHost: 'https://bots.example.com', botInfo: { chatBot: 'Support Bot', taskBotId: 'st-1' } });
    expect(methods(made[0]!.client)).toEqual(['start']);
    // Nothing of ours in the page's own DOM; the host's title attribute is not a tooltip over the chat.
    expect(el.children).toHaveLength(0);
    expect(el.shadowRoot?.querySelector('.xo-embed')?.getAttribute('title')).toBe('');
  });

  it('applies attributes set together once, and re-renders for a title or theme change without a new client', async () => {
    const el = addElement(VALID);
    await vi.waitFor(() => expect(shadowText(el)).toContain('Helper'));
    el.setAttribute('title', 'Trip helper');
    el.setAttribute('theme', 'dark');
    await vi.waitFor(() => expect(shadowText(el)).toContain('Trip helper'));
    expect(el.shadowRoot?.querySelector('.xo-root')?.getAttribute('data-theme')).toBe('dark');
    expect(made).toHaveLength(1);
  });

  it('carries the kit\'s languages: locale="ar" shows Arabic, right to left', async () => {
    const el = addElement({ ...VALID, locale: 'ar' });
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('.xo-root')?.getAttribute('dir')).toBe('rtl'));
    expect(el.shadowRoot?.querySelector('.xo-root')?.getAttribute('lang')).toBe('ar');
    expect(el.shadowRoot?.querySelector('textarea')?.getAttribute('placeholder')).toMatch(/[\u0600-\u06FF]/);
  });

  it('makes a new client when the bot, host, endpoint or identity changes, and stops the old one', async () => {
    const el = addElement(VALID);
    await vi.waitFor(() => expect(made).toHaveLength(1));
    el.setAttribute('bot-id', 'st-2');
    el.setAttribute('api-host', 'https://other.example.com');
    await vi.waitFor(() => expect(made).toHaveLength(2));
    expect(methods(made[0]!.client)).toEqual(['start', 'stop']);
    expect(made[1]?.options).toMatchObject({ apiHost: 'https://other.example.com', botInfo: { taskBotId: 'st-2' } });
    el.setAttribute('identity', 'alice');
    await vi.waitFor(() => expect(made).toHaveLength(3));
  });

  it('stops the client and empties the shadow root when removed', async () => {
    const el = addElement(VALID);
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('.xo-root')).toBeTruthy());
    el.remove();
    expect(methods(made[0]!.client)).toEqual(['start', 'stop']);
    expect(el.shadowRoot?.childNodes).toHaveLength(0);
    // Put back, it connects again with a new client.
    document.body.append(el);
    await vi.waitFor(() => expect(made).toHaveLength(2));
  });

  it('shows and logs which attribute is missing or wrong, makes no client, and recovers when fixed', async () => {
    const el = addElement({ ...VALID, 'api-host': '', 'bot-id': 'bot42' });
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[role="alert"]')).toBeTruthy());
    expect(shadowText(el)).toContain('api-host is missing. Set it to your XO Platform host');
    expect(shadowText(el)).toContain('bot-id "bot42" is not a bot id');
    expect(errors).toEqual([expect.stringMatching(/^<xo-chat>: api-host is missing/), expect.stringMatching(/^<xo-chat>: bot-id "bot42"/)]);
    expect(made).toHaveLength(0);
    el.setAttribute('title', 'still broken');
    await Promise.resolve();
    expect(errors).toHaveLength(2); // the same mistakes are not logged again
    el.setAttribute('api-host', 'https://bots.example.com');
    el.setAttribute('bot-id', 'st-1');
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('.xo-root')).toBeTruthy());
    expect(el.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(made).toHaveLength(1);
    // Broken again: the running client stops.
    el.setAttribute('mode', 'sideways');
    await vi.waitFor(() => expect(shadowText(el)).toContain('mode "sideways" is not known'));
    expect(methods(made[0]!.client)).toEqual(['start', 'stop']);
  });

  it('logs once when a well-formed configuration cannot connect (the banner shows it too)', async () => {
    addElement(VALID);
    await vi.waitFor(() => expect(made).toHaveLength(1));
    const store = made[0]!.client.store;
    store.setState({ connection: { status: 'failed', reason: 'The platform does not know bot st-1.' } });
    store.setState({ unread: 1 });
    expect(errors).toEqual(['<xo-chat>: the chat cannot connect: The platform does not know bot st-1.']);
  });

  it('asks the JWT endpoint for the given identity, or for one anonymous identity kept per browser', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ jwt: 'signed' }), { status: 200 });
    });
    try {
      const first = addElement(VALID);
      await vi.waitFor(() => expect(made).toHaveLength(1));
      expect(await made[0]!.options.getJwt()).toBe('signed');
      first.remove();
      addElement(VALID);
      await vi.waitFor(() => expect(made).toHaveLength(2));
      await made[1]!.options.getJwt();
      addElement({ ...VALID, identity: 'alice@example.com' });
      await vi.waitFor(() => expect(made).toHaveLength(3));
      await made[2]!.options.getJwt();
      const [a, b, c] = bodies as Array<{ identity: string; isAnonymous: boolean }>;
      expect(a?.identity).toMatch(/^anon-/);
      expect(b).toEqual(a);
      expect(a?.isAnonymous).toBe(true);
      expect(c).toEqual({ identity: 'alice@example.com', isAnonymous: false });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
