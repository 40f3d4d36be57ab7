// The wire shapes this platform sends, as the Kore XO web-chat protocol defines them.
import type { Json, JsonObject } from './bot/script-types.js';

export interface WireBotInfo {
  chatBot: string;
  taskBotId: string;
}

/** One entry of `bot_response.message`. */
export interface WirePart {
  type: 'text';
  cInfo: { body: string };
  component: { type: string; payload: JsonObject };
}

export interface BotResponseFrame {
  type: 'bot_response';
  from: 'bot';
  message: WirePart[];
  botInfo: WireBotInfo;
  createdOn: string;
  icon: string;
  /** Left out with `messageIds: false` (except on stream chunks). */
  messageId?: string;
  timestamp: number;
  traceId: string;
  sM?: true;
  endChunk?: true;
}

export interface AckFrame {
  type: 'ack';
  /** False when the platform refused the message (`message` says why); it is then not stored. */
  ok: boolean;
  replyto: string | number;
  message: string;
}

export interface UserMessageFrame {
  type: 'user_message';
  from: 'self';
  message: { body: string; attachments: Json[]; renderMsg?: string };
  id: string | number;
  botInfo: WireBotInfo;
}

export interface ErrorFrame {
  type: 'error';
  error: { code: string; msg: string };
}

/** A status or event frame (`botKitUnreachable`, `events`, `Session_Start`, `agent_session_*`, ...). */
export interface NoticeFrame {
  type: string;
  [key: string]: Json;
}

export type ServerFrame = BotResponseFrame | AckFrame | UserMessageFrame | ErrorFrame | { type: 'pong' } | NoticeFrame;

/** A history item component: everything is `cT: 'text'`; templates and attachments as JSON strings. */
export interface HistoryComponent {
  _id: string;
  cT: 'text';
  data: { text: string };
  thumbnails: never[];
}

export interface HistoryItem {
  _id: string;
  type: 'incoming' | 'outgoing';
  status: string;
  channels: { type: 'rtm' }[];
  chnl: 'rtm';
  createdBy: string;
  botId: string;
  orgId: string;
  accountId: string;
  components: HistoryComponent[];
  createdOn: string;
  lmodifiedOn: string;
  timestampValue: number;
  sessionId: string;
  lang: string;
  resourceid: 'messagestore';
  tags: {
    messageTags: never[];
    userTags: never[];
    sessionTags: never[];
    altText?: { value: string }[];
  };
  userMsgId?: string;
  tN?: string;
}

export interface HistoryPage {
  total: number;
  moreAvailable: boolean;
  messages: HistoryItem[];
}
