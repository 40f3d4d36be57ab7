// Assembles the client: tokens, connector (socket + state machine), outbox, history, inbound frames, store.
import { lazyAgentSession } from '../agent/lazy';
import { requestJson } from '../auth/http';
import { createTokenManager } from '../auth/tokens';
import { createConnector } from '../connection/connector';
import type { SocketUrlOptions } from '../connection/rtm';
import { createAligner } from '../history/align';
import { createHistoryLoader } from '../history/loader';
import { createReconciler } from '../history/reconcile';
import { createResync } from '../history/resync';
import { createOutbox, type OutboxEntry } from '../outbox/outbox';
import { defaultStorage, userStorage, type OutboxStorage, type StoredEntry } from '../outbox/persist';
import { defaultTabLocks } from '../outbox/tabs';
import { positionsOf } from '../store/ordered';
import { createChatStore, initialChatState, mergeMessages, updateMessage } from '../store/store';
import type { AttachmentKind, BotInfo, ChatClient, ChatClientOptions, DeliveryStatus, DiagnosticEvent, FileLike, Message, Postback, SendFileOptions, SendOptions } from '../types';
import type { Uploader } from '../upload/uploader';
import { clampInt, newClientMessageId, runtimeLocale, runtimeTimeZone, systemClock } from './defaults';
import { checkJson, checkOptions } from './options';
import { createEmitter } from './emitter';
import { handleFrame } from './inbound';
import { createTyping } from './typing';
import { entryFrame, entryMessage } from '../outbox/entry';

const TYPING_CAP_MS = 30_000;
const STABLE_AFTER_MS = 10_000;
/** Quiet time after the outbox drains before re-reading the newest history page. */
const RESYNC_DEBOUNCE_MS = 1_000;
/** A message in doubt is looked for in history this long after its last write (see history/reconcile.ts). */
const SETTLE_MS = 1_500;
/** Slack for the platform's clock against ours when deciding how far back history must reach. */
const CLOCK_MARGIN_MS = 60_000;

export function createChatClient(options: ChatClientOptions): ChatClient {
  checkOptions(options);
  const WebSocketImpl = options.WebSocket ?? (globalThis as { WebSocket?: ChatClientOptions['WebSocket'] }).WebSocket;
  const fetchImpl = options.fetch ?? (globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined);
  if (!WebSocketImpl || !fetchImpl) {
    throw new TypeError('createChatClient: no WebSocket or fetch here; pass them as options (in Node: `WebSocket` from "ws").');
  }
  const clock = options.clock ?? systemClock;
  const random = Math.random;
  const botInfo: BotInfo = { chatBot: options.botInfo.chatBot, taskBotId: options.botInfo.taskBotId };
  if (options.botInfo.customData) botInfo.customData = options.botInfo.customData;
  if (options.botInfo.metaTags) botInfo.metaTags = options.botInfo.metaTags;
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
  const patch = (id: string, update: (m: Message) => Message) => store.setState({ messages: updateMessage(get().messages, id, update) });
  const setStatus = (id: string, status: DeliveryStatus, error?: string) =>
    patch(id, (m) => {
      const next: Message = { ...m, status };
      if (error) next.error = error;
      else delete next.error;
      return next;
    });

  const tokens = createTokenManager({
    getJwt: options.getJwt,
    fetch: fetchImpl,
    grantUrl: `${host}${apiPrefix}/oAuth/token/jwtgrant`,
    botInfo,
    clock,
    onUser: (user) => {
      store.setState({ user });
      ownedBy(user.userId);
    },
  });

  const agent = lazyAgentSession(
    {
      clock,
      store,
      botInfo,
      merge,
      send: (data) => connector.send(data),
      announce: (message) => emitter.emit('message', message),
    },
    reportError,
  );

  const frameFor = (entry: StoredEntry) => entryFrame(entry, { botInfo, timeZone, locale });

  // Pending messages belong to a user: their storage is known only once a grant says who the user is.
  const kv = options.storage === undefined ? defaultStorage() : options.storage;
  const storageKey = options.storageKey ?? `xo-chat:outbox:${botInfo.taskBotId}`;
  const tabLocks = options.tabLocks ?? defaultTabLocks();
  const tab = newClientMessageId(clock.now(), random).replace(/^cm-/, 'tab-');
  let releaseTab: (() => void) | null = null;
  let owner: string | null = null;
  let ownerStorage: OutboxStorage = { save() {}, remove() {} };
  const outboxStorage: OutboxStorage = { save: (e) => ownerStorage.save(e), remove: (id) => ownerStorage.remove(id) };

  const outbox = createOutbox({
    clock,
    storage: outboxStorage,
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
    onUnconfirmed: (id, reason) => {
      setStatus(id, 'unconfirmed', reason);
      emitter.emit('failed', { id, reason });
    },
    onSending: (id) => setStatus(id, 'sending'),
    onDoubt: () => reconciler.wanted(),
    onResend: (entry) => resync.wanted(entry.createdAt),
    onDrained: () => resync.drained(),
  });

  const aligner = createAligner();
  /** A shown user message may pair with a history item only if it was written before that item's time. */
  const eligible = (m: Message, at: number) => {
    const entry = outbox.get(m.id);
    if (!entry) return m.from !== 'user' || m.status === 'sent' || m.status === undefined;
    return entry.firstWrittenAt !== undefined && at >= entry.firstWrittenAt - CLOCK_MARGIN_MS;
  };

  const history = createHistoryLoader({
    fetch: fetchImpl,
    url: `${host}${options.historyPrefix ?? '/api'}/botmessages/rtm`,
    botId: botInfo.taskBotId,
    pageSize: clampInt(options.historyPageSize, 20, 1, 100),
    tokens,
    getHistory: () => get().history,
    setHistory: (h) => store.setState({ history: h }),
    merge: (page) => {
      const messages = aligner.align(page, get().messages, tokens.skew(), eligible);
      merge(messages);
      // The server has these: stop resending them (their ack may have been lost).
      for (const m of messages) if (m.clientMessageId && outbox.has(m.clientMessageId)) outbox.ack(m.clientMessageId);
    },
    report: (reason) => diagnose({ kind: 'history-item-dropped', reason }),
  });

  const reconciler = createReconciler({
    clock,
    outbox,
    settleMs: SETTLE_MS,
    marginMs: CLOCK_MARGIN_MS,
    skewMs: () => tokens.skew(),
    isOpen: () => get().connection.status === 'open',
    sync: (reachBack) => history.syncNewest(reachBack),
  });

  const resync = createResync({
    clock,
    delayMs: RESYNC_DEBOUNCE_MS,
    isOpen: () => get().connection.status === 'open',
    sync: async (reachBack) => void (await history.syncNewest(reachBack)),
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
    socketUrl: socketUrlOptions(options),
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
      // Why it failed is for the developer (the window shows people a plain sentence): onDiagnostic hears it.
      if (connection.status === 'failed') reportError(connection.reason);
      if (connection.status === 'failed' || connection.status === 'closed') settleStart();
    },
    onOpen: () => {
      outbox.flush();
      void history.syncNewest().then(settleStart);
      // A re-sync still wanted from before this socket (it closed first), with nothing left to ack: run it.
      if (outbox.idle()) resync.drained();
    },
    onDisconnect: (code) => {
      // 1009: the frame written last was too big for the platform. Only it fails; the rest goes on.
      const tooBig = code === 1009 ? outbox.lastWritten() : undefined;
      if (tooBig) outbox.reject(tooBig.id, 'Not sent: the message is too large for the platform. Shorten it and send again.');
      outbox.disconnected();
      reconciler.stop();
      typing.off();
      agent.disconnected();
    },
    onFrame: (data) =>
      handleFrame(data, {
        clock,
        store,
        merge,
        alignLive: (m) => (positionsOf(get().messages).has(m.id) ? m : aligner.alignLive(m, get().messages)),
        outbox,
        typing,
        agent,
        emit: emitter.emit,
        diagnose,
      }),
  });

  // The upload code loads on the first sendFile: apps that never send a file never download it.
  let uploader: Promise<Uploader> | undefined;
  const uploads = () =>
    (uploader ??= import('../upload/uploader').then((u) =>
      u.createUploader({
        request: (url, init, what) => requestJson(fetchImpl, url, init, what),
        tokens,
        base: host + apiPrefix,
        limits: options.uploads,
        clock,
        store,
        patch,
        storage: outboxStorage,
        outbox,
      }),
    ));

  /** A new outbox entry, dated never above what is already shown (the server's clock may run ahead of ours). */
  const newEntry = (body: string): StoredEntry => {
    const now = clock.now();
    const last = get().messages[get().messages.length - 1];
    return { id: newClientMessageId(now, random), body, createdAt: Math.max(now, last?.createdAt ?? 0) };
  };

  // Checked in the upload chunk (limits, customData): a refusal shows as the message's error.
  function sendFile(file: FileLike, o: SendFileOptions = {}): string {
    const kind = (/^(image|audio|video)\//.exec(file.type)?.[1] ?? 'file') as AttachmentKind;
    const entry: StoredEntry = { ...newEntry(o.text ?? ''), file: { name: file.name || 'file', kind, size: file.size } };
    const { id } = entry;
    merge([entryMessage(entry)]);
    uploads().then(
      (u) => u.start(entry, file, o),
      (error: unknown) => setStatus(id, 'failed', `Not sent: ${String(error)}`),
    );
    return id;
  }

  /** A grant named the user: their own pending messages (and only theirs) are shown and sent. */
  function ownedBy(userId: string): void {
    if (userId === owner) return;
    const previous = owner;
    owner = userId;
    if (previous !== null) {
      // Another user on the same client: nothing of the previous user's conversation stays on screen.
      outbox.clear();
      history.reset();
      agent.reset();
      store.setState({ messages: [], history: initialChatState().history, unread: 0, notice: null });
    }
    const mine = userStorage({ storage: kv, prefix: `${storageKey}:${userId}:`, tab, locks: tabLocks, report: reportError });
    ownerStorage = mine;
    // Messages typed before the grant said whose they are are kept now.
    for (const entry of outbox.all()) mine.save(entry);
    void mine.adoptOrphans().then((entries) => {
      if (owner !== userId || entries.length === 0) return;
      merge(entries.map(entryMessage));
      // A file still uploading when the page went is shown failed; it cannot be sent without the file.
      outbox.adopt(entries.filter((e) => !e.file || e.attachments));
    });
  }

  function send(text: string, sendOptions?: SendOptions): string {
    if (typeof text !== 'string' || text.trim() === '') {
      throw new TypeError('send(text): text must be a non-empty string.');
    }
    const entry = newEntry(text);
    if (sendOptions?.renderMsg) entry.renderMsg = sendOptions.renderMsg;
    if (sendOptions?.customData) entry.customData = checkJson(sendOptions.customData, 'send(): customData');
    if (sendOptions?.metaTags) entry.metaTags = checkJson(sendOptions.metaTags, 'send(): metaTags');
    merge([entryMessage(entry)]);
    outbox.add(entry);
    agent.userTyping(false);
    // A person answers when they answer: the bot's "typing" would be a false promise.
    if (!get().liveAgent) typing.hold();
    return entry.id;
  }

  return {
    store,
    botInfo,
    start() {
      if (!started || get().connection.status === 'closed') {
        started = new Promise<void>((resolve) => {
          resolveStarted = resolve;
        });
        releaseTab ??= tabLocks.hold(tab);
        connector.start();
      }
      return started;
    },
    stop() {
      connector.stop();
      outbox.stop();
      void uploader?.then((u) => u.stop());
      resync.stop();
      reconciler.stop();
      releaseTab?.();
      releaseTab = null;
      typing.off();
      agent.reset();
      settleStart();
    },
    send,
    sendPostback(postback: Postback) {
      return send(postback.payload, { renderMsg: postback.title });
    },
    sendFile,
    cancelUpload: (id: string) => void uploads().then((u) => u.cancel(id)),
    loadOlder: () => history.loadOlder(),
    retry(id: string) {
      if (outbox.retry(id)) typing.hold();
      else void uploader?.then((u) => u.retry(id));
    },
    reconnectNow: () => connector.reconnectNow(),
    markRead() {
      if (get().unread !== 0) store.setState({ unread: 0 });
      agent.markRead();
    },
    setUserTyping: (on: boolean) => agent.userTyping(on),
    on: emitter.on,
    getJson: async (path: string) => requestJson(fetchImpl, host + path, { headers: { authorization: `bearer ${await tokens.token()}` } }, path),
  };
}

function socketUrlOptions(options: ChatClientOptions) {
  const o: SocketUrlOptions = {};
  if (options.connectionMode) o.connectionMode = options.connectionMode;
  if (options.socketParams) o.params = options.socketParams;
  if (options.rewriteSocketUrl) o.rewrite = options.rewriteSocketUrl;
  if (options.language) o.language = options.language;
  return o;
}
