// Selectors for `store.getState()` or React's `useStore(client.store, selector)`. Each returns a value
// that stays referentially stable while the part of the state it reads is unchanged.
import { findMessage } from './ordered';
import type { ChatState, ConnectionState, HistoryState, Message, TemplatePart, UserInfo } from '../types';

export const selectMessages = (state: ChatState): readonly Message[] => state.messages;
export const selectConnection = (state: ChatState): ConnectionState => state.connection;
export const selectConnectionStatus = (state: ChatState): ConnectionState['status'] => state.connection.status;
export const selectTyping = (state: ChatState): boolean => state.typing;
export const selectUnread = (state: ChatState): number => state.unread;
export const selectHistory = (state: ChatState): HistoryState => state.history;
export const selectUser = (state: ChatState): UserInfo | null => state.user;
export const selectDroppedFrames = (state: ChatState): number => state.droppedFrames;

/** The composer may send: messages queue while connecting or offline, but not once closed or failed. */
export const selectCanSend = (state: ChatState): boolean =>
  state.connection.status !== 'failed' && state.connection.status !== 'closed';

/** User messages not yet acknowledged by the platform. */
export const selectPendingCount = (state: ChatState): number => {
  let count = 0;
  for (const m of state.messages) if (m.status === 'sending') count++;
  return count;
};

/**
 * The quick replies to show above the composer: the `quick_replies` template of the newest message, when that
 * message is a live bot message. They are gone as soon as anything newer arrives.
 */
export const selectLastQuickReplies = (state: ChatState): TemplatePart | null => {
  const last = state.messages[state.messages.length - 1];
  if (!last || last.from !== 'bot' || last.fromHistory) return null;
  for (const part of last.parts) if (part.type === 'template' && part.templateType === 'quick_replies') return part;
  return null;
};

/** A selector for one message by id (create it once per id, e.g. in a `useMemo`). */
export const selectMessageById =
  (id: string) =>
  (state: ChatState): Message | undefined =>
    findMessage(state.messages, id);
