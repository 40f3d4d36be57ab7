import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Message as ChatMessageData } from '@xo-chat/core';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ChatWindow, Header, Message, useChatWindow } from '../index';
import type { ChatMessageProps, HeaderProps } from '../index';
import { createFakeChatClient } from '../testing/fake-client';
import type { FakeChatClient } from '../testing/fake-client';

// A window an app has made its own from the public parts only: its header and its bubble.

let client: FakeChatClient | undefined;

function AcmeHeader({ actions }: HeaderProps) {
  const win = useChatWindow();
  return (
    <Header asChild>
      <div style={{ background: '#0b3d2e', color: '#fff', display: 'flex', alignItems: 'center', gap: 8, padding: '10px 14px' }}>
        <h2 id={win?.titleId} style={{ margin: 0, fontSize: 16, flex: 1 }}>
          {win?.title} · Acme support
        </h2>
        {actions}
      </div>
    </Header>
  );
}

function AcmeMessage({ message, grouped }: ChatMessageProps) {
  return (
    <Message.Root message={message} grouped={grouped}>
      {message.from === 'user' ? null : <Message.Avatar />}
      <div className="xo-message__body">
        <Message.Bubble asChild>
          <div data-acme-bubble="" style={{ borderRadius: 4, borderInlineStart: '4px solid #0b3d2e' }} />
        </Message.Bubble>
        <div className="xo-message__meta">
          <Message.Time />
          <Message.Status />
        </div>
      </div>
    </Message.Root>
  );
}

const now = Date.now();
const messages: ChatMessageData[] = [
  { id: 'c1', from: 'bot', createdAt: now - 60_000, parts: [{ type: 'text', text: 'Hello from *Acme*.' }] },
  { id: 'c2', from: 'user', createdAt: now - 30_000, status: 'sent', parts: [{ type: 'text', text: 'Where is my parcel?' }] },
];

function ComposedWindow() {
  const [c] = useState(() => (client = createFakeChatClient({ messages })));
  return (
    <div style={{ height: 560 }}>
      <ChatWindow client={c} mode="inline" title="Wayfarer" persistKey={null} components={{ Header: AcmeHeader, Message: AcmeMessage }} />
    </div>
  );
}

const meta = { title: 'ChatWindow/Composed from parts', component: ComposedWindow } satisfies Meta<typeof ComposedWindow>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CustomHeaderAndBubble: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Wayfarer · Acme support' })).toBeVisible();
    const bubbles = canvasElement.querySelectorAll('[data-acme-bubble]');
    await expect(bubbles).toHaveLength(2);
    await expect(bubbles[0]).toHaveTextContent('Hello from Acme.');
    await expect(bubbles[0]?.querySelector('strong')).toHaveTextContent('Acme');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Thanks!{Enter}');
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-acme-bubble]')).toHaveLength(3));
    await expect(client?.sent).toEqual([{ text: 'Thanks!' }]);
  },
};
