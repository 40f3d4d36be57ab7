import { initialChatState } from '@xo-chat/core';
import type { ChatClient, ChatClientOptions, ChatState } from '@xo-chat/core';
import { createStore } from 'zustand/vanilla';

/**
 * What a server render uses instead of a live client: the initial (`idle`) state and the bot's identity, and
 * actions that do nothing, since a server never connects (effects, where `start()` runs, never run there).
 * The browser makes the real client when it hydrates.
 */
export function createServerClient(options: Pick<ChatClientOptions, 'botInfo'>): ChatClient {
  const store = createStore<ChatState>(() => initialChatState());
  return {
    store,
    botInfo: options.botInfo,
    start: async () => {},
    stop: () => {},
    send: () => '',
    sendPostback: () => '',
    sendFile: () => '',
    cancelUpload: () => {},
    loadOlder: async () => {},
    retry: () => {},
    reconnectNow: () => {},
    markRead: () => {},
    setUserTyping: () => {},
    on: () => () => {},
    getJson: () => Promise.reject(new Error('xo-chat: a server render makes no platform requests.')),
  };
}
