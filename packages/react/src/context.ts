import type { ChatClient } from '@xo-chat/core';
import { createContext, useContext } from 'react';

/** The client every hook and primitive reads. Provided by `ChatProvider`. */
export const ChatClientContext = createContext<ChatClient | null>(null);

export function useChatClient(): ChatClient {
  const client = useContext(ChatClientContext);
  if (!client) {
    throw new Error(
      'xo-chat: no chat client here. Wrap this component in <ChatProvider client={...}> or <ChatProvider options={...}>.',
    );
  }
  return client;
}
