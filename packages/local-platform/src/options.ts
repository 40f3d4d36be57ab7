import type { BotScript } from './bot/script-types.js';
import type { ThemeDocument } from './branding/theme.js';

export interface ClientRecord {
  clientId: string;
  clientSecret: string;
}

export interface BotRecord {
  /** The bot's name, sent as `botInfo.chatBot`. */
  name: string;
  /** The bot's id, sent as `botInfo.taskBotId` (`st-...`). */
  id: string;
}

export interface LocalPlatformOptions {
  /** 0 picks a free port. Default 0 (the CLI's default is 3917). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** A directory for `xo-local-platform.sqlite`, or `:memory:` (the default). */
  dataDir?: string;
  /** Enables the `/admin/...` fault API. Default false. */
  faults?: boolean;
  /** How long a socket URL from `rtm/start` stays valid. Default 30000. */
  rtmUrlTtlMs?: number;
  /** Access token lifetime. Default 24 h. */
  tokenTtlMs?: number;
  /** Pause before the bot's first answer to a message. Default 0. */
  replyDelayMs?: number;
  /** Extra client apps, beside the demo client. */
  clients?: readonly ClientRecord[];
  /** Extra bots, beside the demo bot. */
  bots?: readonly BotRecord[];
  /** The bot's script; default the demo script. */
  botScript?: BotScript;
  /** Serves the development-only `POST /users/sts`. Default true. */
  devJwt?: boolean;
  /**
   * Greets a user who has no conversation yet when they connect, with the script's `welcomeIntent`.
   * Default false here (tests count frames); the CLI turns it on (`--no-welcome` turns it off).
   */
  welcome?: boolean;
  /** Accepted JWT audiences. Default [`https://idproxy.kore.com/authorize`]. */
  audiences?: readonly string[];
  /** The branding every bot's `websdkthemes/{botId}/activetheme` answers. Default none (`{activeTheme: false}`). */
  theme?: ThemeDocument;
  /**
   * Drops a repeated `clientMessageId` (acked, not stored or answered again). Default true. False: every
   * `/bot.message` frame is a new turn, as on a platform that keeps no client ids (`sentTwice` still counts them).
   */
  dedupe?: boolean;
  /** Live `bot_response` frames carry `messageId`, and history `_id`s equal them. Default true. */
  messageIds?: boolean;
  /** History items of user messages carry `userMsgId` (their `clientMessageId`). Default true. */
  historyUserMsgId?: boolean;
  /** `dedupe`, `messageIds` and `historyUserMsgId` all false (an explicit value of one of them wins). */
  strict?: boolean;
  /** Largest frame a client may send; a bigger one closes the socket with 1009. Default 65536 (64 KB). */
  maxFrameBytes?: number;
  /** Frames a socket may send per second before it is closed with 1008. Default 0 (no limit). */
  rateLimitPerSecond?: number;
  /** Receives one line per notable event (the CLI passes console.error). Default silent. */
  log?: (line: string) => void;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  dataDir: string;
  faults: boolean;
  rtmUrlTtlMs: number;
  tokenTtlMs: number;
  replyDelayMs: number;
  clients: readonly ClientRecord[];
  bots: readonly BotRecord[];
  botScript: BotScript;
  devJwt: boolean;
  welcome: boolean;
  audiences: readonly string[];
  theme: ThemeDocument | null;
  dedupe: boolean;
  messageIds: boolean;
  historyUserMsgId: boolean;
  maxFrameBytes: number;
  rateLimitPerSecond: number;
  log: (line: string) => void;
}
