// Types-only entry for the wire protocol, shared with @xo-chat/local-platform (which must not pull in runtime
// code from the client). Field names are the platform's; see shared/docs/xo-protocol.md.
import type { JsonObject, JsonValue } from '../types';

export type { JsonObject, JsonValue };

export interface WireBotInfo {
  chatBot: string;
  taskBotId: string;
  customData?: JsonObject;
  metaTags?: JsonObject;
}

// ---- HTTP ----

export interface JwtGrantRequest {
  assertion: string;
  botInfo: WireBotInfo;
}

export interface JwtGrantResponse {
  authorization: { accessToken: string; token_type: string; expiresDate: string; issuedDate?: string };
  userInfo: {
    userId: string;
    identity: string;
    accountId?: string;
    orgId?: string;
    fName?: string;
    lName?: string;
    [key: string]: JsonValue | undefined;
  };
}

export interface RtmStartRequest {
  botInfo: WireBotInfo;
  language?: string;
}

export interface RtmStartResponse {
  /** Single-use socket URL, valid for about 30 s. */
  url: string;
  /** When present (x-rtm-v: 1), the socket is opened with `x-rtm-v|1`, `jwt|<assertion>`, `nonce|<nonce>`. */
  nonce?: string;
}

/** The platform's error body, e.g. `{errors: [{msg: 'Invalid signature', code: 401}]}`. */
export interface PlatformErrorBody {
  errors: Array<{ msg: string; code?: number | string }>;
}

export interface HistoryComponent {
  _id?: string;
  /** `text` for text and templates (the template JSON as a string); attachments carry `data.url`. */
  cT: string;
  data: { text?: string; url?: string; [key: string]: JsonValue | undefined };
}

export interface HistoryItem {
  _id: string;
  /** `incoming` is the user's, `outgoing` the bot's. */
  type: 'incoming' | 'outgoing';
  components: HistoryComponent[];
  createdOn?: string;
  timestampValue?: number;
  botId?: string;
  sessionId?: string;
  lang?: string;
  tN?: string;
  status?: string;
  /** The `clientMessageId` the user message was sent with. */
  userMsgId?: string;
  /** A live agent's message names them. */
  author?: WireAuthor;
  tags?: {
    messageTags?: JsonValue[];
    userTags?: JsonValue[];
    sessionTags?: JsonValue[];
    altText?: Array<{ value: string }>;
  };
}

export interface HistoryResponse {
  total?: number;
  moreAvailable?: boolean;
  /** Oldest first; offset 0 is the newest page. */
  messages: HistoryItem[];
}

/** Who wrote an agent message or event: `type: 'AGENT'` for a person at the agent desk. */
export interface WireAuthor {
  id?: string;
  type?: string;
  firstName?: string;
  lastName?: string;
  /** The agent's picture (Kore's desk calls it `profImage`). */
  profImage?: string;
}

// ---- client -> server frames ----

export interface ClientUserMessageFrame {
  clientMessageId: string;
  message: { body: string; attachments: JsonValue[]; renderMsg?: string; customData?: JsonObject; metaTags?: JsonObject };
  resourceid: '/bot.message';
  botInfo: WireBotInfo;
  /** Equals `clientMessageId`. */
  id: string;
  client?: 'sdk';
  meta?: { timezone: string; locale: string };
}

export interface ClientPingFrame {
  type: 'ping';
  resourceid: '/bot.message';
  botInfo: WireBotInfo;
  id: string | number;
}

/**
 * For a live agent only: the user is typing (`typing`, `stop_typing`), or has received or read an agent message
 * (`message_delivered`, `message_read`, naming it by `messageId`; without one, everything so far).
 */
export interface ClientEventFrame {
  event: 'typing' | 'stop_typing' | 'message_delivered' | 'message_read';
  message: { body: ''; type: '' };
  messageId?: string;
  resourceid: '/bot.message';
  botInfo: WireBotInfo;
  id: string;
}

export type ClientFrame = ClientUserMessageFrame | ClientPingFrame | ClientEventFrame;

// ---- server -> client frames ----

export interface AckFrame {
  type: 'ack';
  ok: boolean;
  /** The `clientMessageId` being acknowledged (numbers on older platforms: compare as strings). */
  replyto: string | number;
  message?: string;
}

export interface BotMessageComponent {
  type: string;
  payload?: JsonValue;
}

export interface BotMessageEntry {
  type: string;
  cInfo?: { body?: JsonValue };
  component?: BotMessageComponent;
}

export interface BotResponseFrame {
  type: 'bot_response';
  from: string;
  message: BotMessageEntry[];
  botInfo?: WireBotInfo;
  createdOn?: string;
  icon?: string;
  messageId?: string;
  traceId?: string;
  timestamp?: number;
  key?: string;
  /** Set on a live agent's messages. */
  author?: WireAuthor;
  /** Streamed chunk, grouped by `messageId`. */
  sM?: boolean;
  /** The last chunk of a stream. */
  endChunk?: boolean;
}

export interface UserMessageFrame {
  type: 'user_message';
  from: 'self';
  message: { body: string; attachments?: JsonValue[]; renderMsg?: string };
  id: string | number;
  clientMessageId?: string | number;
  botInfo?: WireBotInfo;
  createdOn?: string;
}

export interface EventsFrame {
  type: 'events';
  from?: 'bot';
  message: {
    type: string;
    /** A receipt's message, or `'all'`. */
    clientMessageId?: string | number;
    messageId?: string;
    author?: WireAuthor;
    timestamp?: number;
    [key: string]: JsonValue | WireAuthor | undefined;
  };
}

export interface PongFrame {
  type: 'pong';
}

/** Session and presence notices the client may show or ignore. */
export interface StatusFrame {
  type:
    | 'Bot_Active'
    | 'bot_active'
    | 'Session_Start'
    | 'session_start'
    | 'Session_End'
    | 'session_end'
    | 'botKitUnreachable'
    | 'waiting_for_user_input'
    | 'agent_connected'
    | 'agent_disconnected'
    | 'typing'
    | 'stoptyping'
    | 'initial_language'
    | 'language_switched'
    | `agent_session_${string}`;
  [key: string]: JsonValue | undefined;
}

/** The platform could not take a frame (malformed, unknown, not stored) or refuses the connection; the socket may stay open. */
export interface ErrorFrame {
  type: 'error';
  error: { code: string; msg: string };
}

export type ServerFrame = AckFrame | BotResponseFrame | UserMessageFrame | EventsFrame | PongFrame | StatusFrame | ErrorFrame;
