import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ChatState, Message } from '@xo-chat/core';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ar } from '../i18n/ar';
import { conversation } from '../test/story-utils';
import { createFakeChatClient } from '../testing/fake-client';
import type { FakeChatClient } from '../testing/fake-client';
import { ChatWindow } from './ChatWindow';
import type { ChatWindowProps } from './ChatWindow';

let client: FakeChatClient | undefined;

type StoryArgs = Omit<ChatWindowProps, 'client' | 'options'> & { state?: Partial<ChatState> };

function WindowWithFakeClient({ state, ...props }: StoryArgs) {
  const [c] = useState(() => (client = createFakeChatClient(state)));
  return (
    <div style={{ height: props.mode === 'inline' ? 560 : 700 }}>
      <ChatWindow client={c} persistKey={null} title="Wayfarer" {...props} />
    </div>
  );
}

const now = Date.now();
const welcome: Message[] = [
  { id: 'w1', from: 'bot', createdAt: now - 120_000, parts: [{ type: 'text', text: 'Hi! I am *Wayfarer*. How can I help with your trip?' }] },
  { id: 'w2', from: 'user', createdAt: now - 60_000, status: 'sent', parts: [{ type: 'text', text: 'What is my flight status?' }] },
  { id: 'w3', from: 'bot', createdAt: now - 30_000, parts: [{ type: 'text', text: 'Flight XO 123 is on time, boarding at gate B12.' }] },
];

const meta = {
  title: 'ChatWindow',
  component: WindowWithFakeClient,
  args: { mode: 'inline', theme: 'light', state: { messages: welcome } },
} satisfies Meta<typeof WindowWithFakeClient>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Inline: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Wayfarer' })).toBeVisible();
    await expect(canvas.getByText('Online')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Thanks!{Enter}');
    await waitFor(() => expect(canvas.getByText('Thanks!')).toBeVisible());
    await expect(client?.sent).toEqual([{ text: 'Thanks!' }]);
  },
};

export const FloatingClosed: Story = {
  args: { mode: 'floating', state: { messages: welcome, unread: 3 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Open chat (3 unread)' });
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByText('3')).toBeVisible();
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

export const FloatingOpen: Story = {
  args: { mode: 'floating', state: { messages: welcome, unread: 1 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Open chat/ }));
    await waitFor(() => expect(canvas.getByRole('dialog', { name: 'Wayfarer' })).toBeVisible());
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveFocus();
    await waitFor(() => expect(client?.store.getState().unread).toBe(0));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Open chat' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('dialog')).toBeVisible());
  },
};

export const Connecting: Story = {
  args: { state: { messages: [], connection: { status: 'connecting', attempt: 1 }, history: { status: 'loading', hasMore: true, loadedInitial: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Connecting…').length).toBeGreaterThan(0);
    // Typing is allowed: the message waits in the outbox until the socket opens.
    await expect(canvas.getByRole('textbox')).toBeEnabled();
  },
};

export const Offline: Story = {
  args: { state: { messages: welcome, connection: { status: 'offline' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Messages will be sent when you reconnect/)).toBeVisible();
    await expect(canvas.getByRole('textbox')).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Retry now' })).toBeVisible();
  },
};

export const Reconnecting: Story = {
  args: { state: { messages: welcome, connection: { status: 'reconnecting', attempt: 2, retryAt: Date.now() + 30_000 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Reconnecting in \d+ s/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry now' }));
    await expect(client?.calls.some((c) => c.method === 'reconnectNow')).toBe(true);
  },
};

export const FailedMessage: Story = {
  args: {
    state: {
      messages: [...welcome, { id: 'f1', from: 'user', createdAt: now, status: 'failed', error: 'No answer from the platform.', parts: [{ type: 'text', text: 'Change my seat' }] }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('Not sent')).toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(client?.calls.at(-1)).toEqual({ method: 'retry', args: ['f1'] });
    await waitFor(() => expect(canvas.getByText('Sending…')).toBeVisible());
  },
};

export const Typing: Story = {
  args: { state: { messages: welcome, typing: true } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Wayfarer is typing…')).toBeVisible();
  },
};

export const TenThousandMessages: Story = {
  args: { state: { messages: conversation(10_000) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(/\(#10000\)/)).toBeVisible());
    await expect(canvasElement.querySelectorAll('.xo-message').length).toBeLessThan(60);
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.xo-root');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(canvasElement.querySelector('.xo-window')!).backgroundColor).toBe('rgb(21, 24, 29)');
  },
};

export const Arabic: Story = {
  args: {
    locale: 'ar',
    locales: [ar],
    title: 'المساعد',
    state: {
      messages: [
        { id: 'a1', from: 'bot', createdAt: now - 60_000, parts: [{ type: 'text', text: 'مرحبا! كيف يمكنني مساعدتك اليوم؟' }] },
        { id: 'a2', from: 'user', createdAt: now, status: 'sent', parts: [{ type: 'text', text: 'ما حالة رحلتي؟' }] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.xo-root')).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('textbox', { name: 'الرسالة' })).toBeVisible();
    // In RTL the user's bubble sits on the left.
    // (Looked up inside waitFor: the rows show once virtua has measured the viewport, the frame after mount.)
    const left = (id: string) => canvasElement.querySelector(`[data-message-id="${id}"] .xo-message__bubble`)?.getBoundingClientRect().left ?? Number.NaN;
    await waitFor(() => expect(left('a2')).toBeLessThan(left('a1')));
  },
};
