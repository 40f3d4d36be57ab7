import type { ChatState, ConnectionState, HistoryState, LiveAgentState, Message } from '@xo-chat/core';
import { useCallback } from 'react';
import { useChatClient } from '../context';
import { useChatSelector } from './useChatSelector';

const allMessages = (messages: readonly Message[]) => messages;

/**
 * The transcript, or what `selector` picks from it (`(m) => m.length`, `(m) => m.at(-1)`, ...). Re-renders only
 * when the picked value changes.
 */
export function useMessages(): readonly Message[];
export function useMessages<T>(selector: (messages: readonly Message[]) => T): T;
export function useMessages<T>(selector?: (messages: readonly Message[]) => T): T | readonly Message[] {
  const pick = selector ?? allMessages;
  return useChatSelector((s: ChatState) => pick(s.messages));
}

/** One message by id (undefined when it is not in the store). */
export function useMessage(id: string): Message | undefined {
  return useChatSelector((s) => s.messages.find((m) => m.id === id));
}

export interface ConnectionInfo {
  state: ConnectionState;
  status: ConnectionState['status'];
  reconnectNow(): void;
}

export function useConnection(): ConnectionInfo {
  const client = useChatClient();
  const state = useChatSelector((s) => s.connection);
  const reconnectNow = useCallback(() => client.reconnectNow(), [client]);
  return { state, status: state.status, reconnectNow };
}

export interface HistoryInfo extends HistoryState {
  loadOlder(): Promise<void>;
}

export function useHistory(): HistoryInfo {
  const client = useChatClient();
  const history = useChatSelector((s) => s.history);
  const loadOlder = useCallback(() => client.loadOlder(), [client]);
  return { ...history, loadOlder };
}

export interface UnreadInfo {
  count: number;
  markRead(): void;
}

export function useUnread(): UnreadInfo {
  const client = useChatClient();
  const count = useChatSelector((s) => s.unread);
  const markRead = useCallback(() => client.markRead(), [client]);
  return { count, markRead };
}

/** The person from the agent desk in the conversation (name, picture, typing), or null while only the bot is. */
export function useLiveAgent(): LiveAgentState | null {
  return useChatSelector((s) => s.liveAgent);
}

/** True while the bot is preparing an answer. */
export function useTyping(): boolean {
  return useChatSelector((s) => s.typing);
}
