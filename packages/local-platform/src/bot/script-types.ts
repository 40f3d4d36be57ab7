/** A JSON value, as bot scripts and templates hold them. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type AttachmentType = 'image' | 'video' | 'audio' | 'document' | 'link';

interface ReplyTiming {
  /** Extra pause before this reply, after the previous one. */
  delayMs?: number;
}

/** Kore markdown text. */
export interface TextReply extends ReplyTiming {
  text: string;
}

/** A template: the object that holds `template_type` (it is sent as `{type: 'template', payload: template}`). */
export interface TemplateReply extends ReplyTiming {
  template: JsonObject;
}

/**
 * A media or link attachment, sent as Kore's platform sends what a bot prints for one:
 * `component: {type: 'template', payload: {type: <kind>, payload: {url, name?, text?}}}`, the same JSON in
 * `cInfo.body`. The URL goes out as written (Kore's own samples put spaces around theirs).
 */
export interface AttachmentReply extends ReplyTiming {
  attachment: { type: AttachmentType; url: string; name?: string; text?: string };
}

/**
 * Anything a Kore bot prints as JSON (`print(JSON.stringify(value))`), sent as the platform sends it: `value` as
 * `component: {type: 'template', payload: value}` and as the `cInfo.body` string. For shapes that are not a
 * `template_type` template: `{type: 'message', payload: {text, videoUrl}}`, the inline form
 * `{type: 'template', payload: {formData}}`, media as the bot itself wraps it.
 */
export interface PrintReply extends ReplyTiming {
  print: JsonObject;
}

/** An error component, `component: {type: 'error', payload: {text, color?}}` (the text also in `cInfo.body`). */
export interface ErrorReply extends ReplyTiming {
  error: { text: string; color?: string };
}

/** A streamed answer: one `bot_response` per chunk (`sM: true`, one `messageId`), the last with `endChunk: true`. */
export interface StreamReply extends ReplyTiming {
  stream: string[];
  /** Pause between chunks. Default: the script's `streamChunkDelayMs`. */
  chunkDelayMs?: number;
}

export type BotReply = TextReply | TemplateReply | AttachmentReply | PrintReply | ErrorReply | StreamReply;

export interface BotIntent {
  /** Shown in history as `tN`. */
  name: string;
  /** Texts (and postback payloads) that trigger it, compared case- and punctuation-insensitively. */
  match: string[];
  replies: BotReply[];
  /**
   * After its replies, the conversation waits for a person at the agent desk (`/agent`): the user's messages go
   * to the desk, not the bot, until an agent ends the chat.
   */
  handoff?: boolean;
}

/**
 * A bot's whole behaviour, as data. Strings may hold `{{text}}` (what the user sent) and `{{assets}}` (the
 * platform's `/assets` URL as the client reached it).
 */
export interface BotScript {
  /** The intent that answers a user's first message when it matches nothing else. */
  firstMessageIntent?: string;
  /**
   * The intent the bot sends unasked when a user who has no conversation yet connects (Kore's "On Connect"
   * event), so a new user is greeted before typing anything.
   */
  welcomeIntent?: string;
  intents: BotIntent[];
  /** Answers anything no intent matches. */
  fallback: BotReply[];
  /** Default pause between stream chunks. Default 60. */
  streamChunkDelayMs?: number;
}
