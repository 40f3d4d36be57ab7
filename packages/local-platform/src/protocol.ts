// The wire protocol is the client's: frame and HTTP types come from @xo-chat/core/protocol (types only; nothing of
// the core runs here). This file names what the platform builds, and the extra fields its history items carry.
import type {
  AckFrame,
  BotMessageEntry,
  BotResponseFrame,
  ErrorFrame,
  EventsFrame,
  HistoryComponent as CoreHistoryComponent,
  HistoryItem as CoreHistoryItem,
  HistoryResponse,
  JsonObject,
  PongFrame,
  ServerFrame,
  StatusFrame,
  UserMessageFrame,
  WireBotInfo,
} from '@xo-chat/core/protocol';

export type { AckFrame, BotResponseFrame, ErrorFrame, EventsFrame, PongFrame, ServerFrame, StatusFrame, UserMessageFrame, WireBotInfo };

/** One entry of `bot_response.message` as the platform builds it: both `cInfo.body` and `component` are set. */
export interface WirePart extends BotMessageEntry {
  type: 'text';
  cInfo: { body: string };
  component: { type: string; payload: JsonObject };
}

/** A history item component: everything is `cT: 'text'`; templates and attachments as JSON strings. */
export interface HistoryComponent extends CoreHistoryComponent {
  _id: string;
  cT: 'text';
  data: { text: string };
  thumbnails: never[];
}

/** A file the user sent, in its history item: `cT` is the kind, `data` Kore's attachment fields. */
export interface FileHistoryComponent extends CoreHistoryComponent {
  _id: string;
  cT: 'image' | 'video' | 'audio' | 'file';
  data: { url: string; fileName: string; fileType: string; fileId?: string; size?: number };
  thumbnails: never[];
}

/** A history item with the fields the real platform also sends (the client reads only the core's). */
export interface HistoryItem extends CoreHistoryItem {
  status: string;
  channels: { type: 'rtm' }[];
  chnl: 'rtm';
  createdBy: string;
  botId: string;
  orgId: string;
  accountId: string;
  components: (HistoryComponent | FileHistoryComponent)[];
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
}

export interface HistoryPage extends HistoryResponse {
  /** The bot's icon URL; Kore's web SDK copies it onto every bot message of the page. */
  icon: string;
  total: number;
  moreAvailable: boolean;
  messages: HistoryItem[];
}
