import type { ChatState } from '@xo-chat/core';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useChatClient } from '../context';

/**
 * Reads a slice of the chat state. The component re-renders only when the slice changes (shallowly, so a
 * selector may return a fresh array or object of unchanged values).
 */
export function useChatSelector<T>(selector: (state: ChatState) => T): T {
  const client = useChatClient();
  return useStore(client.store, useShallow(selector));
}
