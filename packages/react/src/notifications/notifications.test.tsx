import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../test/fixtures';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from '../window/ChatWindow';

let played: string[];
let shown: { title: string; body: string | undefined }[];
let requested: number;
let permission: NotificationPermission;

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  played = [];
  shown = [];
  requested = 0;
  permission = 'default';
  document.title = 'Wayfarer Travel';
  vi.stubGlobal(
    'Audio',
    class {
      constructor(readonly src: string) {}
      play() {
        played.push(this.src);
        return Promise.resolve();
      }
    },
  );
  class FakeNotification {
    static get permission() {
      return permission;
    }
    static requestPermission() {
      requested += 1;
      permission = 'granted';
      return Promise.resolve(permission);
    }
    onclick: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      shown.push({ title, body: options?.body });
    }
    close() {}
  }
  vi.stubGlobal('Notification', FakeNotification);
  if (!URL.createObjectURL) URL.createObjectURL = () => 'blob:chime';
});
afterEach(() => {
  vi.unstubAllGlobals();
  setHidden(false);
});

describe('notifications', () => {
  it('puts the unread count in the title while the window is closed, and takes it away when read', async () => {
    const client = createFakeChatClient();
    const view = render(<ChatWindow client={client} title="Wayfarer" notifications={{ title: true }} persistKey={null} />);
    act(() => client.receive(msg({ from: 'bot', text: 'one' })));
    act(() => client.receive(msg({ from: 'agent', text: 'two', author: { name: 'Sam' } })));
    await waitFor(() => expect(document.title).toBe('(2) Wayfarer Travel'));
    // The launcher's badge shows the same count.
    expect(screen.getByRole('button', { name: /Open chat/ })).toHaveAccessibleName('Open chat (2 unread)');
    await userEvent.click(screen.getByRole('button', { name: /Open chat/ }));
    await waitFor(() => expect(document.title).toBe('Wayfarer Travel'));
    view.unmount();
    expect(document.title).toBe('Wayfarer Travel');
  });

  it('plays the sound for a bot or agent message only while the window is closed or the tab hidden', async () => {
    const client = createFakeChatClient();
    render(<ChatWindow client={client} title="Wayfarer" mode="inline" notifications={{ sound: '/ding.mp3' }} />);
    act(() => client.receive(msg({ from: 'bot', text: 'seen at once' })));
    act(() => client.receive(msg({ from: 'user', text: 'mine' })));
    await new Promise((r) => setTimeout(r, 20));
    expect(played).toEqual([]);
    setHidden(true);
    act(() => client.receive(msg({ from: 'bot', text: 'while away' })));
    act(() => client.receive(msg({ from: 'bot', text: 'old', fromHistory: true })));
    await waitFor(() => expect(played).toEqual(['/ding.mp3']));
  });

  it('uses the built-in chime when sound is true', async () => {
    const client = createFakeChatClient();
    render(<ChatWindow client={client} title="Wayfarer" notifications={{ sound: true }} persistKey={null} />);
    act(() => client.receive(msg({ from: 'bot', text: 'closed window' })));
    await waitFor(() => expect(played).toHaveLength(1));
    expect(played[0]).toMatch(/^blob:/);
  });

  it('asks for desktop notifications only on a click, then shows one while the tab is hidden', async () => {
    const client = createFakeChatClient();
    render(<ChatWindow client={client} title="Wayfarer" mode="inline" notifications={{ desktop: true }} />);
    expect(requested).toBe(0);
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on notifications' }));
    expect(requested).toBe(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Turn on notifications' })).toBeNull());
    act(() => client.receive(msg({ from: 'bot', text: 'visible: no notification' })));
    setHidden(true);
    act(() => client.receive(msg({ from: 'agent', text: 'Your flight is rebooked.', author: { name: 'Sam Lee' } })));
    await waitFor(() => expect(shown).toEqual([{ title: 'Sam Lee', body: 'Your flight is rebooked.' }]));
  });

  it('does nothing unless asked', async () => {
    const client = createFakeChatClient();
    render(<ChatWindow client={client} title="Wayfarer" persistKey={null} />);
    setHidden(true);
    act(() => client.receive(msg({ from: 'bot', text: 'quiet' })));
    await new Promise((r) => setTimeout(r, 20));
    expect(played).toEqual([]);
    expect(shown).toEqual([]);
    expect(document.title).toBe('Wayfarer Travel');
    expect(screen.queryByRole('button', { name: 'Turn on notifications' })).toBeNull();
  });
});
