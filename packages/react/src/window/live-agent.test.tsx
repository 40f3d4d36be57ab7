// A live agent in the window: their name and picture on their messages and in the header, their typing, "Seen" on
// the user's messages, the timeline lines, announcements, and typing reported while the user writes.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LiveAgentState, Message, Participant } from '@xo-chat/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '../test/fixtures';
import { fakeLayout, flushLayout } from '../test/layout';
import { axeViolations } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from './ChatWindow';

const sam = { id: 'agent-sam', name: 'Sam Lee', avatarUrl: 'https://example.test/sam.png' };
const liveAgent = (typing = false): LiveAgentState => ({ agent: sam, since: 1, typing });
const event = (type: 'agent-joined' | 'agent-left' | 'agent-transferred', agent: Participant = sam): Message => ({
  id: `evt-${type}`,
  from: 'system',
  createdAt: Date.now(),
  parts: [{ type: 'text', text: `${agent.name} ${type}` }],
  event: { type, agent },
});

function open(messages: Message[], agent: LiveAgentState | null = liveAgent()) {
  const client = createFakeChatClient({ messages, liveAgent: agent });
  const view = render(<ChatWindow client={client} title="Wayfarer" mode="inline" />);
  // The transcript's rows show once their sizes are delivered (virtua measures through ResizeObserver).
  flushLayout();
  return { client, ...view };
}

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = fakeLayout({ viewport: 2000 });
});
afterEach(() => restoreLayout());

describe('a live agent in the window', () => {
  it("shows the agent's name and picture on their messages and in the header", async () => {
    const { container } = open([
      msg({ from: 'bot', text: 'Connecting you with a person' }),
      event('agent-joined'),
      msg({ from: 'agent', text: 'Hi, I am Sam.', author: sam }),
      msg({ from: 'agent', text: 'How can I help?', author: sam }),
    ]);
    const agentMessages = screen.getAllByRole('article', { name: 'Sam Lee' });
    expect(agentMessages).toHaveLength(2);
    // The name and picture lead the run; the second message is grouped under them.
    expect(within(agentMessages[0] as HTMLElement).getByText('Sam Lee')).toHaveClass('xo-message__author');
    expect(agentMessages[0]?.querySelector('img')).toHaveAttribute('src', sam.avatarUrl);
    expect(agentMessages[1]).toHaveAttribute('data-grouped', 'true');
    expect(screen.getByRole('article', { name: 'Wayfarer' })).toBeInTheDocument();
    expect(screen.getByText('Sam Lee joined the chat')).toHaveClass('xo-session-event');
    expect(container.querySelector('.xo-header__agent')).toHaveTextContent('Chatting with Sam Lee');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('does not group messages of two agents, and writes a transfer and a leave in the timeline', () => {
    const kim = { id: 'agent-kim', name: 'Kim Ito' };
    open(
      [
        msg({ from: 'agent', text: 'One moment.', author: sam }),
        event('agent-transferred', kim),
        msg({ from: 'agent', text: 'Kim here.', author: kim }),
        event('agent-left', kim),
      ],
      null,
    );
    expect(screen.getByRole('article', { name: 'Kim Ito' })).not.toHaveAttribute('data-grouped');
    expect(screen.getByText('You were transferred to Kim Ito')).toBeInTheDocument();
    expect(screen.getByText('Kim Ito left the chat')).toBeInTheDocument();
  });

  it("says who is typing: the agent while one is there, else the bot", () => {
    const { client } = open([], liveAgent(true));
    expect(screen.getByText('Sam Lee is typing…')).toBeInTheDocument();
    act(() => client.store.setState({ liveAgent: liveAgent(false), typing: true }));
    expect(screen.queryByText(/is typing/)).toBeNull();
    act(() => client.store.setState({ liveAgent: null }));
    expect(screen.getByText('Wayfarer is typing…')).toBeInTheDocument();
  });

  it('shows "Seen" and "Delivered" on the user\'s messages', () => {
    open([
      msg({ id: 'u1', from: 'user', text: 'my flight', status: 'sent', receipt: 'read' }),
      msg({ id: 'u2', from: 'user', text: 'thanks', status: 'sent', receipt: 'delivered' }),
      msg({ id: 'u3', from: 'user', text: 'still sending', status: 'sending', receipt: 'read' }),
    ]);
    const [seen, delivered, sending] = screen.getAllByRole('article', { name: 'You' });
    expect(seen?.querySelector('.xo-message__status')).toHaveTextContent('Seen');
    expect(seen?.querySelector('.xo-message__status')).toHaveAttribute('data-receipt', 'read');
    expect(delivered?.querySelector('.xo-message__status')).toHaveTextContent('Delivered');
    expect(sending?.querySelector('.xo-message__status')).toHaveTextContent('Sending');
  });

  it('announces agent messages under their name, and the timeline lines', () => {
    const { client, container } = open([]);
    const announcer = container.querySelector('[data-xo-announcer]');
    act(() => client.receive(msg({ from: 'agent', text: 'Your flight is rebooked.', author: sam })));
    expect(announcer).toHaveTextContent('Sam Lee says: Your flight is rebooked.');
    act(() => client.receive(event('agent-left')));
    expect(announcer).toHaveTextContent('Sam Lee left the chat');
  });

  it('tells the client while the user types, and when the draft is cleared', async () => {
    const { client } = open([]);
    const input = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'hi');
    await userEvent.clear(input);
    const typing = client.calls.filter((c) => c.method === 'setUserTyping').map((c) => c.args[0]);
    expect(typing).toEqual([true, true, false]);
  });
});
