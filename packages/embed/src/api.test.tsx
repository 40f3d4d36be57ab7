import type { ChatClient } from '@xo-chat/core';
import { createFakeChatClient } from '@xo-chat/react/testing';
import type { FakeChatClient } from '@xo-chat/react/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './api';
import type { EmbedOptions, EmbedTheme } from './config';
import type { EmbedDeps } from './mount';

const OPTIONS: EmbedOptions = { apiHost: 'https://bots.example.com', botName: 'Support Bot', botId: 'st-1', jwtUrl: '/jwt', mode: 'inline', title: 'Helper' };

function deps(): EmbedDeps & { clients: FakeChatClient[]; errors: string[] } {
  const clients: FakeChatClient[] = [];
  const errors: string[] = [];
  return {
    clients,
    errors,
    createClient: (): ChatClient => {
      const c = createFakeChatClient();
      clients.push(c);
      return c;
    },
    logError: (m) => errors.push(m),
  };
}

afterEach(() => document.body.replaceChildren());

function host(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

describe('XOChat.mount', () => {
  it('renders into the element\'s shadow root and unmount stops the client', async () => {
    const d = deps();
    const el = host();
    const handle = mount(el, OPTIONS, d);
    await vi.waitFor(() => expect(el.shadowRoot?.textContent).toContain('Helper'));
    expect(d.clients).toHaveLength(1);
    handle.update({ ...OPTIONS, title: 'Renamed' });
    await vi.waitFor(() => expect(el.shadowRoot?.textContent).toContain('Renamed'));
    expect(d.clients).toHaveLength(1);
    handle.unmount();
    expect(d.clients[0]?.calls.map((c) => c.method)).toContain('stop');
    expect(el.shadowRoot?.childNodes).toHaveLength(0);
    handle.unmount(); // twice is harmless
  });

  it('refuses a second chat in the same element until the first is unmounted', () => {
    const d = deps();
    const el = host();
    const first = mount(el, OPTIONS, d);
    expect(() => mount(el, OPTIONS, d)).toThrow(/already has a chat\. Call update\(options\) on its handle, or unmount\(\) it first/);
    first.unmount();
    mount(el, OPTIONS, d).unmount();
    expect(d.clients).toHaveLength(2);
  });

  it('validates options as the element validates attributes, with the option\'s attribute name', async () => {
    const d = deps();
    const el = host();
    mount(el, { ...OPTIONS, botId: 'nope', theme: 'pink' as unknown as EmbedTheme }, d);
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[role="alert"]')).toBeTruthy());
    expect(el.shadowRoot?.textContent).toContain('bot-id "nope" is not a bot id');
    expect(d.errors).toEqual([expect.stringMatching(/^XOChat\.mount: bot-id/), expect.stringMatching(/^XOChat\.mount: theme "pink"/)]);
    expect(d.clients).toHaveLength(0);

    const other = host();
    mount(other, { ...OPTIONS, apiHost: 3917 } as unknown as EmbedOptions, d);
    await vi.waitFor(() => expect(other.shadowRoot?.textContent).toContain('apiHost must be a string, not number.'));
  });

  it('throws for something it cannot render into', () => {
    expect(() => mount(null as unknown as Element, OPTIONS)).toThrow(/element must be an HTML element/);
    expect(() => mount(document.createElement('xo-chat'), OPTIONS)).toThrow(/configures itself from its attributes/);
    const input = document.createElement('input');
    expect(() => mount(input, OPTIONS)).toThrow(/cannot open a shadow root on <input>/);
  });
});
