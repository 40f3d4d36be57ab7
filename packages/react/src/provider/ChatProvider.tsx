import { createChatClient } from '@xo-chat/core';
import type { ChatClient, ChatClientOptions } from '@xo-chat/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ChatQueryClientContext, useChatQueryClient } from '../branding/query-client';
import { ChatClientContext } from '../context';
import { createServerClient } from './server-client';

export type ChatClientSource =
  | { client: ChatClient; options?: undefined }
  | { options: ChatClientOptions; client?: undefined };

export type ChatProviderProps = ChatClientSource & { children?: ReactNode };

/**
 * The client for this subtree: either one the app made (`client`, which the app starts and stops), or one made
 * here from `options` (created once, started after mount, stopped on unmount). Rendering touches no browser
 * API, so it is safe on a server. The chat's platform reads (the bot's branding) use the app's react-query
 * `QueryClient` when a `QueryClientProvider` is above, else one made here, once.
 */
export function ChatProvider(props: ChatProviderProps) {
  const client = useOwnedClient(props);
  const queryClient = useChatQueryClient();
  return (
    <ChatQueryClientContext.Provider value={queryClient}>
      <ChatClientContext.Provider value={client}>{props.children}</ChatClientContext.Provider>
    </ChatQueryClientContext.Provider>
  );
}

/** Resolves `client` or `options` to a client; starts and stops the one made from `options`. */
export function useOwnedClient(source: ChatClientSource): ChatClient {
  // Options are read once: a new options object on every render must not make a new client (and socket).
  // On a server (no window) nothing can connect: render from an inert client; the browser makes the real one.
  const [owned] = useState<ChatClient | null>(() => {
    if (source.client) return null;
    const options = source.options as ChatClientOptions;
    return typeof window === 'undefined' ? createServerClient(options) : createChatClient(options);
  });
  const client = source.client ?? owned;
  if (!client) {
    throw new Error('xo-chat: ChatProvider needs a `client` or `options` prop.');
  }
  useEffect(() => {
    if (!owned) return;
    void owned.start().catch(() => {
      // The connection state in the store says why; the UI shows it.
    });
    return () => owned.stop();
  }, [owned]);
  return client;
}
