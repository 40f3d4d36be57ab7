// The public model of @xo-chat/core. The React package and apps depend on these names:
// change them only with the React package in step.
import type { StoreApi } from 'zustand/vanilla';
import type { TabLocks } from './outbox/tabs';

export type { TabLocks };

/** A JSON value as it arrives from the platform (templates stay loosely typed; renderers validate). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface BotInfo {
  /** The bot's name, as the platform knows it. */
  chatBot: string;
  /** The bot's id, `st-...`. */
  taskBotId: string;
  /** Context for the bot, sent with the grant, rtm/start and every frame (must be JSON). */
  customData?: JsonObject;
  /** Kore's tags (`messageLevelTags`, `sessionLevelTags`, `userLevelTags`), sent as `customData` is. */
  metaTags?: JsonObject;
}

/** Kore's `ConnectionMode`: `Start_New` opens a new session, `Reconnect` resumes without a greeting. */
export type ConnectionMode = 'Default' | 'Start_New' | 'Start_New_Resume_Agent' | 'Reconnect';

export type MessageFrom = 'user' | 'bot' | 'agent' | 'system';

/** A live agent, as the platform names them (`author: {type: 'AGENT', firstName, lastName, ...}`). */
export interface Participant {
  /** The platform's id for the agent, when it sends one. */
  id?: string;
  /** First and last name, or whatever name the platform gave; `''` when it gave none. */
  name: string;
  /** An http(s) picture of the agent; anything else is dropped at the edge. */
  avatarUrl?: string;
}

/** What a live agent's desk said of a user message: it reached them, or they have read it. */
export type ReadReceipt = 'delivered' | 'read';

/** A turn in the conversation with a person, shown as a system line in the transcript. */
export type SessionEventType = 'agent-joined' | 'agent-left' | 'agent-transferred';

export interface SessionEvent {
  type: SessionEventType;
  /** The agent who joined or left (for a transfer: the one taking over). */
  agent: Participant;
}

/** A person from the platform's agent desk is in the conversation. */
export interface LiveAgentState {
  agent: Participant;
  /** When they joined (epoch ms). */
  since: number;
  /** They are typing now. */
  typing: boolean;
}

/**
 * Delivery of the user's own messages: `sending` until the platform has it (`ack`, echo or history), `failed`
 * when it was never written or the platform refused it (retry sends it), `unconfirmed` when it was written but
 * neither acked nor found in history in time (retry checks history first, and sends only if it is not there).
 */
export type DeliveryStatus = 'sending' | 'sent' | 'failed' | 'unconfirmed';

export interface TextPart {
  type: 'text';
  /** Kore markdown source; render it with `parseMarkdown`, never as HTML. */
  text: string;
}

export interface TemplatePart {
  type: 'template';
  /** `payload.template_type` (`button`, `quick_replies`, `carousel`, ...), or `unknown`. */
  templateType: string;
  /** The template payload as received (the object that holds `template_type`). */
  payload: JsonObject;
  /** What to show when no renderer knows this template: its `text`, `heading` or `title`, else ''. */
  fallbackText: string;
}

export type AttachmentKind = 'image' | 'audio' | 'video' | 'file' | 'link';

export interface AttachmentPart {
  type: 'attachment';
  kind: AttachmentKind;
  /** Only allow-listed http(s) URLs reach here; for a `blocked` attachment it is `''`. */
  url: string;
  name?: string;
  /** A caption or alternative text. */
  text?: string;
  /** Files the user sent: its size in bytes, and the platform's id for it once uploaded. */
  size?: number;
  fileId?: string;
  /**
   * The bot sent this attachment with a URL that is not allowed (not http(s), or obfuscated). The URL is dropped at
   * the edge; the window shows the name and says the attachment cannot be shown.
   */
  blocked?: true;
}

export type MessagePart = TextPart | TemplatePart | AttachmentPart;

/** How far a file the user is sending got (messages from `sendFile`); the message stays `sending` until `done`. */
export interface UploadState {
  status: 'uploading' | 'failed' | 'done';
  /** 0 to 1. */
  progress: number;
  /** Why it failed, readable by a person. */
  error?: string;
  /** Set when the `uploads` limits refused the file (the message can only be removed). */
  refused?: UploadRefusal;
  /** The page closed mid-upload and the file went with it: it must be attached again (the message can only be removed). */
  lost?: true;
}

/** Why `sendFile` refused a file (`UploadState.refused`). */
export type UploadRefusal = 'empty' | 'too-large' | 'type';

/** Limits on the files `sendFile` takes. */
export interface UploadOptions {
  /** Largest file, in bytes (default 25 MB, the platform's own limit). */
  maxBytes?: number;
  /** Accepted types as `<input accept>` lists them: `.pdf`, `image/*`, `application/pdf` (default: any). */
  accept?: readonly string[];
  /** Bytes per uploaded chunk (default 1 MB, as Kore's web SDK). */
  chunkBytes?: number;
}

/** A browser `File`, or any Blob with a name (Node 20 has both). */
export interface FileLike {
  readonly name?: string;
  readonly size: number;
  readonly type: string;
  slice(start?: number, end?: number): Blob;
}

export interface SendFileOptions {
  /** A caption, sent as the message body beside the file. */
  text?: string;
  customData?: JsonObject;
  metaTags?: JsonObject;
}

export interface Message {
  /** Stable id: the platform's message id, or the user's `clientMessageId` for the user's own messages. */
  id: string;
  from: MessageFrom;
  /** Epoch milliseconds. Messages in the store are ordered by this, then by arrival. */
  createdAt: number;
  parts: readonly MessagePart[];
  /** User messages only: the id sent as `clientMessageId` and acked as `replyto`. */
  clientMessageId?: string;
  /** User messages sent from this client (or a reload of it) only. */
  status?: DeliveryStatus;
  /** For postbacks: the label shown to the user instead of the payload. */
  renderMsg?: string;
  /** True while a streamed bot answer (`sM`) is still arriving. */
  streaming?: boolean;
  /** True for messages loaded from history (not announced to screen readers, quick replies disabled). */
  fromHistory?: boolean;
  /** Why a `failed` or `unconfirmed` message is so, readable by a person. */
  error?: string;
  /** Files the user sends (`sendFile`): the upload's progress. */
  upload?: UploadState;
  /** Agent messages: who wrote it (name and picture). */
  author?: Participant;
  /** User messages while a live agent is connected: delivered to their desk, or read there. */
  receipt?: ReadReceipt;
  /** System lines of the session timeline (agent joined, left, transferred); `parts` hold an English text. */
  event?: SessionEvent;
}

/** Something the platform said that the person should see: the bot is unreachable, an error frame. */
export interface PlatformNotice {
  /** `botKitUnreachable`, `error`, `policy` (close 1008), ... */
  type: string;
  message: string;
  at: number;
}

/** One explicit connection state machine; the UI shows these states as they are. */
export type ConnectionState =
  | { status: 'idle' }
  | { status: 'authenticating' }
  | { status: 'connecting'; attempt: number }
  | { status: 'open'; since: number }
  | { status: 'reconnecting'; attempt: number; retryAt: number; lastError?: string }
  | { status: 'offline' }
  | { status: 'failed'; reason: string; code?: string }
  | { status: 'closed' };

export type ConnectionStatus = ConnectionState['status'];

export interface UserInfo {
  userId: string;
  identity: string;
  accountId?: string;
  orgId?: string;
  fName?: string;
  lName?: string;
}

export interface HistoryState {
  /** `loading` while a page is in flight. */
  status: 'idle' | 'loading' | 'error';
  /** True until the platform says no older page is available. */
  hasMore: boolean;
  /** True once the first (newest) page has been merged. */
  loadedInitial: boolean;
  error?: string;
}

export interface ChatState {
  connection: ConnectionState;
  user: UserInfo | null;
  /** Ordered by `createdAt`; each id appears once. */
  messages: readonly Message[];
  /** The bot is preparing an answer (after a send, or held by `wait_for_response`). */
  typing: boolean;
  /** Bot or agent messages that arrived since the last `markRead()`. */
  unread: number;
  history: HistoryState;
  /** Frames dropped at the edge because they were malformed or unknown. */
  droppedFrames: number;
  /** The platform's latest notice, until the next bot message or a successful send clears it. */
  notice: PlatformNotice | null;
  /** A person from the agent desk is in the conversation; null while only the bot is. */
  liveAgent: LiveAgentState | null;
}

export type ChatStore = StoreApi<ChatState>;

/** Key-value storage for the outbox (localStorage in browsers). Must never hold tokens. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Enumeration, as localStorage has it: pending messages are kept one key each and found again by prefix. */
  key?(index: number): string | null;
  readonly length?: number;
}

/** A clock the tests can fake. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The parts of the WHATWG WebSocket constructor the core uses (browser WebSocket or the `ws` package). */
export interface WebSocketLike {
  readonly readyState: number;
  readonly protocol: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ChatClientOptions {
  /** The platform's origin, e.g. `https://bots.kore.ai` or `http://localhost:3917`. */
  apiHost: string;
  botInfo: BotInfo;
  /** Returns a JWT signed by the host's backend. Called again whenever a new access token is needed. */
  getJwt: () => Promise<string>;
  /** Path prefix of the platform API: `/api/1.1` (default) or `/api`. */
  apiPrefix?: string;
  /** Path prefix of the history endpoint `{prefix}/botmessages/rtm` (default `/api`, as Kore's SDK calls it). */
  historyPrefix?: string;
  WebSocket?: WebSocketConstructor;
  fetch?: FetchLike;
  /** Where pending messages wait across reloads; defaults to localStorage when present. */
  storage?: KeyValueStorage | null;
  /** Prefix of the keys pending messages are kept under, each as `{storageKey}:{userId}:{id}` (default `xo-chat:outbox:{taskBotId}`). */
  storageKey?: string;
  /** Which tabs are alive, so a reload adopts only its own pending messages (defaults to Web Locks where present). */
  tabLocks?: TabLocks;
  /** Sent on the first connect as `ConnectionMode` (default: none, the platform's `Default`). */
  connectionMode?: ConnectionMode;
  /** Extra query parameters for every socket URL (on-prem or proxy needs). */
  socketParams?: Readonly<Record<string, string>>;
  /** Rewrites the socket URL rtm/start returned (proxied or on-prem hosts); must return a ws:// or wss:// URL. */
  rewriteSocketUrl?: (url: string) => string;
  clock?: Clock;
  /** History page size (default 20, at most 100). */
  historyPageSize?: number;
  /** Sent with every user message as `meta.locale` (defaults to the runtime's locale). */
  locale?: string;
  /** The bot language to start in, sent as `language` on rtm/start (e.g. `en`, `de`). */
  language?: string;
  /** Reconnect backoff: first delay and cap in ms (defaults 500 and 10000: a chat should come back soon after its platform does). */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Heartbeat interval and pong timeout in ms (defaults 20000 and 10000). */
  heartbeat?: { intervalMs?: number; timeoutMs?: number };
  /** Resend an unacked message after this many ms (default 4000). */
  ackTimeoutMs?: number;
  /** A message still unacked after this many ms is marked `failed` (default 60000). */
  failAfterMs?: number;
  /** Reports dropped frames and internal errors; never receives tokens. */
  onDiagnostic?: (event: DiagnosticEvent) => void;
  /** Size and type limits for `sendFile`. */
  uploads?: UploadOptions;
}

export type DiagnosticEvent =
  | { kind: 'frame-dropped'; reason: string }
  | { kind: 'history-item-dropped'; reason: string }
  /** The platform said something the person should see (also in `ChatState.notice`). */
  | { kind: 'platform-notice'; type: string; message: string }
  | { kind: 'error'; message: string };

export interface SendOptions {
  /** The label shown to the user when the body is a postback payload. */
  renderMsg?: string;
  /** Context for this message only (`message.customData`); must be JSON. */
  customData?: JsonObject;
  /** Tags for this message only (`message.metaTags`); must be JSON. */
  metaTags?: JsonObject;
}

export interface Postback {
  title: string;
  payload: string;
}

/** Events the client emits besides store changes. */
export interface ChatEvents {
  /** A new bot/agent/system message arrived live (not from history). */
  message: Message;
  /** A user message was acked by the platform. */
  delivered: { id: string };
  /** A user message was marked failed. */
  failed: { id: string; reason: string };
  connection: ConnectionState;
  diagnostic: DiagnosticEvent;
}

export interface ChatClient {
  readonly store: ChatStore;
  readonly botInfo: BotInfo;
  /** Authenticate, connect and load the newest history page. Safe to call twice. */
  start(): Promise<void>;
  /** Close the socket and stop every timer; pending messages stay in storage. */
  stop(): void;
  /** Queue a user message; it is in the store at once as `sending`. Returns its id. */
  send(text: string, options?: SendOptions): string;
  /** Send a button or quick reply: `payload` as the body, `title` shown as the user's bubble. */
  sendPostback(postback: Postback): string;
  /**
   * Upload a file (token, chunks, merge, over HTTP with the bearer token) and send it as a message with
   * `message.attachments`. In the store at once as `sending` with `upload` progress; sent through the outbox once
   * the upload is done. A file the `uploads` limits refuse turns `failed` with `upload.refused` and an error that
   * names the file, the limit and what to do. Returns its id.
   */
  sendFile(file: FileLike, options?: SendFileOptions): string;
  /** Stop a file's upload (or drop one that failed or was refused) and remove its message; not once it was sent. */
  cancelUpload(id: string): void;
  /** Load the next older history page. Resolves when merged (or when nothing is left). */
  loadOlder(): Promise<void>;
  /**
   * A file whose upload failed resumes its upload. A failed message is sent again, with the same id. An unconfirmed one is first looked for in history: it is
   * marked sent if the platform has it, and sent again only if history shows it is not there.
   */
  retry(id: string): void;
  /** Skip the backoff wait and reconnect now (for a "retry now" button). */
  reconnectNow(): void;
  /**
   * Reset the unread count (call when the transcript is visible). While a live agent is connected, their
   * messages are reported read (`message_read`).
   */
  markRead(): void;
  /**
   * The user is (or stopped) typing. Sent to a live agent as `typing` / `stop_typing`, at most once per burst
   * and never while only the bot is in the conversation. Call it on every change of the draft.
   */
  setUserTyping(typing: boolean): void;
  on<K extends keyof ChatEvents>(event: K, listener: (payload: ChatEvents[K]) => void): () => void;
  /**
   * GET `{apiHost}{path}` with the access token (granting one first when there is none) and resolve its JSON;
   * rejects with a readable error (unreachable, HTTP status, not JSON). For the platform reads the kit makes
   * beside the conversation, such as the bot's branding (`/api/websdkthemes/{botId}/activetheme`).
   */
  getJson(path: string): Promise<unknown>;
}
