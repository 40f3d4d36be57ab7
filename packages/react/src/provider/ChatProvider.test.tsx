import type { ChatClientOptions } from '@xo-chat/core';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeChatClient } from '../testing/fake-client';
import { useChatClient } from '../context';
import { ChatProvider } from './ChatProvider';

const fake = createFakeChatClient();
vi.mock('@xo-chat/core', () => ({ createChatClient: vi.fn(() => fake) }));

const options: ChatClientOptions = {
  apiHost: 'http://localhost:3917',
  botInfo: { chatBot: 'Demo', taskBotId: 'st-demo' },
  getJwt: async () => 'jwt',
};

function Name() {
  return <span>{useChatClient().botInfo.chatBot}</span>;
}

describe('ChatProvider', () => {
  it('creates the client once from options, starts it on mount and stops it on unmount', async () => {
    const core = await import('@xo-chat/core');
    const { rerender, unmount, getByText } = render(
      <ChatProvider options={options}>
        <Name />
      </ChatProvider>,
    );
    rerender(
      <ChatProvider options={{ ...options }}>
        <Name />
      </ChatProvider>,
    );
    expect(getByText('Fake Bot')).toBeInTheDocument();
    expect(core.createChatClient).toHaveBeenCalledTimes(1);
    expect(fake.calls.map((c) => c.method)).toEqual(['start']);
    unmount();
    expect(fake.calls.map((c) => c.method)).toEqual(['start', 'stop']);
  });

  it('leaves a client it was given to the app', () => {
    const client = createFakeChatClient();
    const { unmount } = render(
      <ChatProvider client={client}>
        <Name />
      </ChatProvider>,
    );
    unmount();
    expect(client.calls).toEqual([]);
  });
});
