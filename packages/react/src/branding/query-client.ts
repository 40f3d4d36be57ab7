// The QueryClient the kit's platform reads (the bot's branding) go through: the app's, when it has a
// QueryClientProvider above the chat, else one of the chat's own. The kit never provides its own client to the
// app's components: it passes it to its own queries only, so an app without react-query keeps having none.
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { createContext, useContext, useState } from 'react';

/** The QueryClient a `ChatProvider` chose, for the windows and hooks under it. */
export const ChatQueryClientContext = createContext<QueryClient | null>(null);

/** The chat's QueryClient: a ChatProvider's above, else the app's, else one made here (once per component). */
export function useChatQueryClient(): QueryClient {
  const chosen = useContext(ChatQueryClientContext);
  const app = useContext(QueryClientContext);
  // Made lazily and kept: a render without a QueryClient above always gets the same one.
  const [own] = useState(() => (chosen ?? app ? null : new QueryClient()));
  return chosen ?? app ?? own ?? new QueryClient();
}
