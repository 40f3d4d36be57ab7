import type { ChatClient, Postback, SendOptions } from '@xo-chat/core';
import { useMemo } from 'react';
import { useChatClient } from '../context';

export interface ChatActions {
  client: ChatClient;
  send(text: string, options?: SendOptions): string;
  sendPostback(postback: Postback): string;
  retry(id: string): void;
  loadOlder(): Promise<void>;
  reconnectNow(): void;
  markRead(): void;
}

/** The client's actions, stable across renders. Reads no state, so it never causes a re-render. */
export function useChat(): ChatActions {
  const client = useChatClient();
  return useMemo(
    () => ({
      client,
      send: (text, options) => client.send(text, options),
      sendPostback: (postback) => client.sendPostback(postback),
      retry: (id) => client.retry(id),
      loadOlder: () => client.loadOlder(),
      reconnectNow: () => client.reconnectNow(),
      markRead: () => client.markRead(),
    }),
    [client],
  );
}
