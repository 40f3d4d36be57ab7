import type { Message } from '@xo-chat/core';
import { createContext, useContext } from 'react';

export interface MessageContextValue {
  message: Message;
  /** Continues a run from the same sender: no avatar or name, tighter spacing. */
  grouped: boolean;
  /** The user's own message. */
  mine: boolean;
  /** Who speaks, as the screen reader hears it: "You", the agent's name, or the bot's. */
  sender: string;
  /** The picture shown for it: the agent's, or the bot's. */
  avatarUrl: string | undefined;
}

export const MessageContext = createContext<MessageContextValue | null>(null);

/** The message around a part; `Message.*` parts must be inside `<Message.Root>`. */
export function useMessageContext(part: string): MessageContextValue {
  const value = useContext(MessageContext);
  if (!value) throw new Error(`xo-chat: <${part}> must be inside <Message.Root message={...}>.`);
  return value;
}
