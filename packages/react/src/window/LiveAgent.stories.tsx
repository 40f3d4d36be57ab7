import type { ChatState, Message, Participant } from '@xo-chat/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { ar } from '../i18n/ar';
import { useState } from 'react';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from './ChatWindow';
import type { ChatWindowProps } from './ChatWindow';

// A person from the agent desk in the conversation: their name and picture, their typing, "Seen" on the
// visitor's messages, the timeline lines. The window is the ready-made one over a fake client.
const at = new Date(2026, 0, 10, 14, 0).getTime();
const avatar =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="32" fill="%232f6f5e"/><circle cx="32" cy="25" r="11" fill="%23f5e6d3"/></svg>');
const rosa: Participant = { id: 'agent-rosa', name: 'Rosa Diaz', avatarUrl: avatar };
const kim: Participant = { id: 'agent-kim', name: 'Kim Ito' };
const text = (id: string, from: Message['from'], body: string, minutes: number, extra: Partial<Message> = {}): Message => ({
  id,
  from,
  createdAt: at + minutes * 60_000,
  parts: [{ type: 'text', text: body }],
  ...extra,
});
const timeline = (type: 'agent-joined' | 'agent-left' | 'agent-transferred', agent: Participant, minutes: number): Message => ({
  ...text(`evt-${type}-${minutes}`, 'system', `${agent.name} ${type}`, minutes),
  event: { type, agent },
});

const conversation: Message[] = [
  text('b1', 'bot', 'Connecting you with a person from the Wayfarer travel desk.', 0),
  timeline('agent-joined', rosa, 1),
  text('a1', 'agent', 'Hi, this is Rosa. How can I help?', 1, { author: rosa }),
  text('u1', 'user', 'My flight LX 123 was cancelled', 2, { status: 'sent', receipt: 'read' }),
  text('a2', 'agent', 'I can rebook you on the 6pm flight.', 3, { author: rosa }),
  text('u2', 'user', 'Yes please', 4, { status: 'sent', receipt: 'delivered' }),
];

type StoryArgs = Omit<ChatWindowProps, 'client' | 'options'> & { state?: Partial<ChatState> };

function WindowWithAgent({ state, ...props }: StoryArgs) {
  const [client] = useState(() => createFakeChatClient(state));
  return (
    <div style={{ height: 600 }}>
      <ChatWindow client={client} persistKey={null} title="Wayfarer" locales={[ar]} {...props} />
    </div>
  );
}

const meta = {
  title: 'Window/Live agent',
  component: WindowWithAgent,
  args: { mode: 'inline', state: { messages: conversation, liveAgent: { agent: rosa, since: at, typing: true } } },
} satisfies Meta<typeof WindowWithAgent>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithAnAgent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Chatting with Rosa Diaz')).toBeVisible();
    // Rows show once virtua has the viewport's size (the frame after mount): wait for the first.
    await waitFor(() => expect(canvas.getByText('Rosa Diaz joined the chat')).toBeVisible());
    await expect(canvas.getByText('Rosa Diaz is typing…')).toBeVisible();
    await expect(canvas.getByText('Seen')).toBeVisible();
    await expect(canvas.getByText('Delivered')).toBeVisible();
    await expect(canvas.getAllByRole('article', { name: 'Rosa Diaz' })).toHaveLength(2);
  },
};

export const TransferredAndLeft: Story = {
  args: {
    state: {
      liveAgent: null,
      messages: [
      ...conversation.slice(0, 3),
      timeline('agent-transferred', kim, 5),
      text('k1', 'agent', 'Kim here, I have your booking open.', 5, { author: kim }),
      timeline('agent-left', kim, 8),
      text('b2', 'bot', 'You are back with the Wayfarer bot.', 8),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('You were transferred to Kim Ito')).toBeVisible());
    await expect(canvas.getByText('Kim Ito left the chat')).toBeVisible();
    await expect(canvas.queryByText(/Chatting with/)).toBeNull();
  },
};

export const Arabic: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('انضم Rosa Diaz إلى المحادثة')).toBeVisible());
  },
};
