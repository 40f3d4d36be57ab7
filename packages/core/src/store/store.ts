// The client's zustand vanilla store and the one merge rule every message goes through.
import { createStore } from 'zustand/vanilla';
import type { ChatState, ChatStore, Message, MessagePart } from '../types';
import { adoptIndex, insertSorted, moveAfterEqual, positionsOf } from './ordered';

export function initialChatState(): ChatState {
  return {
    connection: { status: 'idle' },
    user: null,
    messages: [],
    typing: false,
    unread: 0,
    history: { status: 'idle', hasMore: true, loadedInitial: false },
    droppedFrames: 0,
    notice: null,
    liveAgent: null,
  };
}

export function createChatStore(): ChatStore {
  return createStore<ChatState>(() => initialChatState());
}

/** Combines what we knew of a message with a new sighting of it (live frame, echo, history). */
function combine(known: Message, seen: Message): Message {
  // `streaming` is set (true, or false on the last chunk) only on streamed chunks.
  if (seen.streaming !== undefined) return known.streaming ? appendChunk(known, seen) : known;
  // The first sighting keeps its content; its place is the platform's: history (the platform's record) dates
  // it, e.g. a resent message the platform filed later than it was sent.
  const merged: Message = { ...known };
  if (seen.fromHistory) merged.createdAt = seen.createdAt;
  if (known.fromHistory && !seen.fromHistory) delete merged.fromHistory;
  if (seen.renderMsg && !known.renderMsg) merged.renderMsg = seen.renderMsg;
  if (seen.clientMessageId && !known.clientMessageId) merged.clientMessageId = seen.clientMessageId;
  // A user message seen from the server (echo or history) was received by it.
  if (known.status && known.status !== 'sent' && (seen.fromHistory || seen.status === 'sent')) {
    merged.status = 'sent';
    delete merged.error;
  } else if (seen.status) {
    merged.status = seen.status;
    if (seen.error) merged.error = seen.error;
    else delete merged.error;
  }
  return merged;
}

/** A streamed chunk: its text continues the last text part. */
function appendChunk(known: Message, chunk: Message): Message {
  const parts: MessagePart[] = [...known.parts];
  for (const part of chunk.parts) {
    const last = parts[parts.length - 1];
    if (part.type === 'text' && last?.type === 'text') parts[parts.length - 1] = { type: 'text', text: last.text + part.text };
    else parts.push(part);
  }
  const merged: Message = { ...known, parts };
  return chunk.streaming ? merged : withoutStreaming(merged);
}

export interface MergeResult {
  messages: readonly Message[];
  /** Messages whose id was not in the store before. */
  added: Message[];
}

/**
 * Merges messages by id (each id once), keeping the list ordered by `createdAt`, then by arrival. The platform
 * decides the order: a history sighting re-dates a known message and moves it where the platform has it. Ids live in a Map, so
 * `__proto__` or `constructor` as an id is just a string. Cost: one array copy plus O(1) per message sorting
 * last (the usual case), a binary search otherwise.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): MergeResult {
  if (incoming.length === 0) return { messages: current, added: [] };
  const index = positionsOf(current);
  const next = current.slice();
  const added: Message[] = [];
  for (const message of incoming) {
    const at = index.get(message.id);
    if (at !== undefined) {
      next[at] = combine(next[at] as Message, message);
      if (message.fromHistory && message.streaming === undefined) moveAfterEqual(next, index, at);
      continue;
    }
    const fresh = message.streaming === false ? withoutStreaming(message) : message;
    insertSorted(next, index, fresh);
    added.push(fresh);
  }
  adoptIndex(current, next, index);
  return { messages: next, added };
}

function withoutStreaming(message: Message): Message {
  const copy = { ...message };
  delete copy.streaming;
  return copy;
}

/** Updates one message in place of the list, by id (no scan); no-op when absent. */
export function updateMessage(list: readonly Message[], id: string, update: (m: Message) => Message): readonly Message[] {
  const index = positionsOf(list);
  const at = index.get(id);
  if (at === undefined) return list;
  const before = list[at] as Message;
  const after = update(before);
  if (after === before) return list;
  const next = list.slice();
  next[at] = after;
  adoptIndex(list, next, index);
  return next;
}
