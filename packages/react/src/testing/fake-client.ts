// A ChatClient with no network, for stories, tests and docs: its store can be set to any state, and what the
// UI sends is recorded (and shown as `sent`, the way an acked message would be).
import type {
  ChatClient,
  ChatEvents,
  ChatState,
  FileLike,
  Message,
  Postback,
  SendFileOptions,
  SendOptions,
} from '@xo-chat/core';
import { createStore } from 'zustand/vanilla';

export interface FakeChatClient extends ChatClient {
  /** Everything the UI sent, in order. */
  readonly sent: Array<{ text: string; renderMsg?: string }>;
  /** Calls made to the client's methods, for assertions. */
  readonly calls: Array<{ method: string; args: unknown[] }>;
  /** Append a message as if it arrived live. */
  receive(message: Message): void;
}

export function initialChatState(): ChatState {
  return {
    connection: { status: 'open', since: 0 },
    user: { userId: 'u-fake', identity: 'fake-user' },
    messages: [],
    typing: false,
    unread: 0,
    history: { status: 'idle', hasMore: false, loadedInitial: true },
    droppedFrames: 0,
    notice: null,
    liveAgent: null,
  };
}

export function createFakeChatClient(
  initial: Partial<ChatState> = {},
  options: {
    ackSends?: boolean;
    /** Answers `getJson` (the bot's branding); by default every path answers `{activeTheme: false}`, no branding. */
    getJson?: (path: string) => Promise<unknown>;
  } = {},
): FakeChatClient {
  const store = createStore<ChatState>(() => ({ ...initialChatState(), ...initial }));
  const listeners = new Map<keyof ChatEvents, Set<(payload: never) => void>>();
  const sent: FakeChatClient['sent'] = [];
  const calls: FakeChatClient['calls'] = [];
  let counter = 0;

  const emit = <K extends keyof ChatEvents>(event: K, payload: ChatEvents[K]) => {
    for (const fn of listeners.get(event) ?? []) (fn as (p: ChatEvents[K]) => void)(payload);
  };
  const append = (message: Message) =>
    store.setState((s) => ({ messages: [...s.messages, message] }));

  const send = (text: string, opts?: SendOptions): string => {
    calls.push({ method: 'send', args: [text, opts] });
    const id = `fake-${++counter}`;
    sent.push(opts?.renderMsg === undefined ? { text } : { text, renderMsg: opts.renderMsg });
    const message: Message = {
      id,
      from: 'user',
      createdAt: Date.now(),
      parts: [{ type: 'text', text }],
      clientMessageId: id,
      status: options.ackSends === false ? 'sending' : 'sent',
      ...(opts?.renderMsg === undefined ? {} : { renderMsg: opts.renderMsg }),
    };
    append(message);
    return id;
  };

  return {
    store,
    botInfo: { chatBot: 'Fake Bot', taskBotId: 'st-fake' },
    sent,
    calls,
    async start() {
      calls.push({ method: 'start', args: [] });
    },
    stop() {
      calls.push({ method: 'stop', args: [] });
    },
    send,
    sendPostback(postback: Postback) {
      return send(postback.payload, { renderMsg: postback.title });
    },
    sendFile(file: FileLike, opts?: SendFileOptions) {
      calls.push({ method: 'sendFile', args: [file, opts] });
      const id = `fake-file-${++counter}`;
      const kind = /^(image|audio|video)\//.exec(file.type)?.[1] ?? 'file';
      append({
        id,
        from: 'user',
        createdAt: Date.now(),
        parts: [{ type: 'attachment', kind: kind as 'image' | 'audio' | 'video' | 'file', url: '', name: file.name ?? 'file', size: file.size }],
        clientMessageId: id,
        status: 'sending',
        upload: { status: 'uploading', progress: 0 },
      });
      return id;
    },
    cancelUpload(id: string) {
      calls.push({ method: 'cancelUpload', args: [id] });
      store.setState((s) => ({ messages: s.messages.filter((m) => m.id !== id) }));
    },
    async loadOlder() {
      calls.push({ method: 'loadOlder', args: [] });
    },
    retry(id: string) {
      calls.push({ method: 'retry', args: [id] });
      store.setState((s) => ({
        messages: s.messages.map((m) => (m.id === id ? { ...m, status: 'sending' as const } : m)),
      }));
    },
    reconnectNow() {
      calls.push({ method: 'reconnectNow', args: [] });
    },
    markRead() {
      calls.push({ method: 'markRead', args: [] });
      store.setState({ unread: 0 });
    },
    getJson(path: string) {
      return options.getJson ? options.getJson(path) : Promise.resolve({ activeTheme: false });
    },
    setUserTyping(typing: boolean) {
      calls.push({ method: 'setUserTyping', args: [typing] });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    receive(message: Message) {
      append(message);
      if (message.from !== 'user') store.setState((s) => ({ unread: s.unread + 1 }));
      emit('message', message);
    },
  };
}
