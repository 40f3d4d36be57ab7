// Assembles the client: tokens, connector (socket + state machine), outbox, history, inbound frames, store.
import { createTokenManager } from '../auth/tokens';
import { createConnector } from '../connection/connector';
import { createHistoryLoader } from '../history/loader';
import { createResync } from '../history/resync';
import { createOutbox, type OutboxEntry } from '../outbox/outbox';
import { defaultStorage, type StoredEntry } from '../outbox/persist';
import type { ClientUserMessageFrame } from '../protocol';
import { createChatStore, mergeMessages, updateMessage } from '../store/store';
import type { ChatClient, ChatClientOptions, DeliveryStatus, DiagnosticEvent, Message, Postback, SendOptions } from '../types';
import { clampInt, newClientMessageId, runtimeLocale, runtimeTimeZone, systemClock } from './defaults';
import { createEmitter } from './emitter';
import { handleFrame } from './inbound';
import { createTyping } from './typing';

const TYPING_CAP_MS = 30_000;
const STABLE_AFTER_MS = 10_000;
/** Quiet time after the outbox drains before re-reading the newest history page. */
const RESYNC_DEBOUNCE_MS = 1_000;

export function createChatClient(options: ChatClientOptions): ChatClient {
  if (!options || typeof options.apiHost !== 'string' || !/^https?:\/\//i.test(options.apiHost)) {
    throw new TypeError('createChatClient: apiHost must be an http(s) origin, e.g. "https://bots.kore.ai".');
  }
  if (!options.botInfo?.taskBotId || typeof options.getJwt !== 'function') {
    throw new TypeError('createChatClient: botInfo {chatBot, taskBotId} and getJwt() are required.');
  }
  const WebSocketImpl = options.WebSocket ?? (globalThis as { WebSocket?: ChatClientOptions['WebSocket'] }).WebSocket;
  const fetchImpl = options.fetch ?? (globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined);
  if (!WebSocketImpl || !fetchImpl) {
    throw new TypeError('createChatClient: no WebSocket or fetch here; pass them as options (in Node: `WebSocket` from "ws").');
  }
  const clock = options.clock ?? systemClock;
  const random = Math.random;
  const botInfo = { chatBot: options.botInfo.chatBot, taskBotId: options.botInfo.taskBotId };
  const host = options.apiHost.replace(/\/+$/, '');
  const apiPrefix = options.apiPrefix ?? '/api/1.1';
  const locale = options.locale ?? runtimeLocale();
  // Read once: constructing an Intl.DateTimeFormat per frame costs more than the rest of a send.
  const timeZone = runtimeTimeZone();
  const store = createChatStore();
  const get = store.getState;

  const diagnose = (event: DiagnosticEvent) => {
    try {
      options.onDiagnostic?.(event);
    } catch {
      // The host's diagnostics hook must not break the client.
    }
    emitter.emit('diagnostic', event);
  };
  const reportError = (message: string) => diagnose({ kind: 'error', message });
  const emitter = createEmitter(reportError);
  const typing = createTyping(clock, TYPING_CAP_MS, (on) => {
    if (get().typing !== on) store.setState({ typing: on });
  });

  const merge = (incoming: Message[]) => {
    const result = mergeMessages(get().messages, incoming);
    if (result.messages !== get().messages) store.setState({ messages: result.messages });
    return result.added;
  };
  const setStatus = (id: string, status: DeliveryStatus, error?: string) =>
    store.setState({
      messages: updateMessage(get().messages, id, (m) => {
        const next: Message = { ...m, status };
        if (error) next.error = error;
        else delete next.error;
        return next;
      }),
    });

  const tokens = createTokenManager({
    getJwt: options.getJwt,
    fetch: fetchImpl,
    grantUrl: `${host}${apiPrefix}/oAuth/token/jwtgrant`,
    botInfo,
    clock,
    onUser: (user) => store.setState({ user }),
  });

  const frameFor = (entry: StoredEntry): ClientUserMessageFrame => {
    const message: ClientUserMessageFrame['message'] = { body: entry.body, attachments: [] };
    if (entry.renderMsg) message.renderMsg = entry.renderMsg;
    return {
      clientMessageId: entry.id,
      message,
      resourceid: '/bot.message',
      botInfo,
      id: entry.id,
      client: 'sdk',
      meta: { timezone: timeZone, locale },
    };
  };

  const outbox = createOutbox({
    clock,
    storage: options.storage === undefined ? defaultStorage() : options.storage,
    storageKey: options.storageKey ?? `xo-chat:outbox:${botInfo.taskBotId}`,
    ackTimeoutMs: clampInt(options.ackTimeoutMs, 4000, 100, 600_000),
    failAfterMs: clampInt(options.failAfterMs, 60_000, 1000, 24 * 3600_000),
    transmit: (entry: OutboxEntry) => connector.send(JSON.stringify(frameFor(entry))),
    onSent: (id) => {
      setStatus(id, 'sent');
      emitter.emit('delivered', { id });
    },
    onFailed: (id, reason) => {
      setStatus(id, 'failed', reason);
      emitter.emit('failed', { id, reason });
    },
    onSending: (id) => setStatus(id, 'sending'),
    onResend: (entry) => resync.wanted(entry.createdAt),
    onDrained: () => resync.drained(),
    report: reportError,
  });

  const history = createHistoryLoader({
    fetch: fetchImpl,
    url: `${host}${options.historyPrefix ?? '/api'}/botmessages/rtm`,
    botId: botInfo.taskBotId,
    pageSize: clampInt(options.historyPageSize, 20, 1, 100),
    tokens,
    getHistory: () => get().history,
    setHistory: (h) => store.setState({ history: h }),
    merge: (messages) => {
      merge(messages);
      // The server has these: stop resending them (their ack may have been lost).
      for (const m of messages) if (m.clientMessageId && outbox.has(m.clientMessageId)) outbox.ack(m.clientMessageId);
    },
    report: (reason) => diagnose({ kind: 'history-item-dropped', reason }),
  });

  const resync = createResync({
    clock,
    delayMs: RESYNC_DEBOUNCE_MS,
    isOpen: () => get().connection.status === 'open',
    sync: (reachBack) => history.syncNewest(reachBack),
  });

  let resolveStarted: (() => void) | null = null;
  let started: Promise<void> | null = null;
  const settleStart = () => {
    resolveStarted?.();
    resolveStarted = null;
  };

  const connector = createConnector({
    clock,
    WebSocket: WebSocketImpl,
    fetch: fetchImpl,
    tokens,
    rtmStartUrl: `${host}${apiPrefix}/rtm/start`,
    botInfo,
    backoff: {
      baseMs: clampInt(options.backoff?.baseMs, 500, 1, 3600_000),
      maxMs: clampInt(options.backoff?.maxMs, 10_000, 1, 3600_000),
    },
    heartbeat: {
      intervalMs: clampInt(options.heartbeat?.intervalMs, 20_000, 10, 3600_000),
      timeoutMs: clampInt(options.heartbeat?.timeoutMs, 10_000, 10, 3600_000),
    },
    stableAfterMs: STABLE_AFTER_MS,
    random,
    getState: () => get().connection,
    setState: (connection) => {
      store.setState({ connection });
      emitter.emit('connection', connection);
      if (connection.status === 'failed' || connection.status === 'closed') settleStart();
    },
    onOpen: () => {
      outbox.flush();
      void history.syncNewest().then(settleStart);
      // A re-sync still wanted from before this socket (it closed first), with nothing left to ack: run it.
      if (outbox.idle()) resync.drained();
    },
    onDisconnect: () => {
      outbox.disconnected();
      typing.off();
    },
    onFrame: (data) =>
      handleFrame(data, {
        clock,
        store,
        merge,
        outbox,
        typing,
        emit: emitter.emit,
        diagnose,
      }),
  });

  // Messages a previous page load left unacknowledged: show them now, resend them once connected.
  merge(
    outbox.restored.map((entry): Message => {
      const m: Message = {
        id: entry.id,
        from: 'user',
        createdAt: entry.createdAt,
        parts: [{ type: 'text', text: entry.body }],
        clientMessageId: entry.id,
        status: entry.failed ? 'failed' : 'sending',
      };
      if (entry.renderMsg) m.renderMsg = entry.renderMsg;
      if (entry.failed) m.error = entry.failed;
      return m;
    }),
  );

  function send(text: string, sendOptions?: SendOptions): string {
    if (typeof text !== 'string' || text.trim() === '') {
      throw new TypeError('send(text): text must be a non-empty string.');
    }
    const now = clock.now();
    const id = newClientMessageId(now, random);
    const last = get().messages[get().messages.length - 1];
    // Never above what is already shown, even when the server's clock (bot times) runs ahead of ours.
    const createdAt = Math.max(now, last?.createdAt ?? 0);
    const entry: StoredEntry = { id, body: text, createdAt };
    const message: Message = { id, from: 'user', createdAt, parts: [{ type: 'text', text }], clientMessageId: id, status: 'sending' };
    if (sendOptions?.renderMsg) entry.renderMsg = message.renderMsg = sendOptions.renderMsg;
    merge([message]);
    outbox.add(entry);
    typing.hold();
    return id;
  }

  return {
    store,
    botInfo,
    start() {
      if (!started || get().connection.status === 'closed') {
        started = new Promise<void>((resolve) => {
          resolveStarted = resolve;
        });
        connector.start();
      }
      return started;
    },
    stop() {
      connector.stop();
      outbox.stop();
      resync.stop();
      typing.off();
      settleStart();
    },
    send,
    sendPostback(postback: Postback) {
      return send(postback.payload, { renderMsg: postback.title });
    },
    loadOlder: () => history.loadOlder(),
    retry(id: string) {
      if (outbox.retry(id)) typing.hold();
    },
    reconnectNow: () => connector.reconnectNow(),
    markRead() {
      if (get().unread !== 0) store.setState({ unread: 0 });
    },
    on: emitter.on,
  };
}
