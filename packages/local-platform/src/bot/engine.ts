import type { WirePart } from '../protocol.js';
import { attachmentPart, errorPart, printPart, templatePart, textPart } from './parts.js';
import type { BotReply, BotScript, Json } from './script-types.js';
import { newMessageId } from '../store/ids.js';

export interface PlannedFrame {
  /** When to send it, in ms after the user's message arrived. */
  atMs: number;
  parts: WirePart[];
  /** Set on streamed chunks: `last` marks the `endChunk` frame. */
  chunk?: { last: boolean };
}

/** One bot message: stored once, sent as one frame (or one frame per stream chunk). */
export interface PlannedAnswer {
  messageId: string;
  intent: string;
  /** What history shows: the text, or the `{type, payload}` JSON of a template, attachment or printed JSON. */
  storedText: string;
  atMs: number;
  frames: PlannedFrame[];
}

export interface BotTurn {
  text: string;
  /** True when this is the user's first message to the bot. */
  isFirst: boolean;
  /** The `/assets` URL as the client reached the platform. */
  assetsUrl: string;
  replyDelayMs: number;
  /** `language` from rtm/start, as `{{language}}` in replies (default `en`). */
  language?: string;
  /** The message's `botInfo.customData` with its own `customData` over it, as JSON: `{{customData}}` (default `{}`). */
  customData?: string;
  /** The first file the message carried: `{{fileName}}` and `{{fileType}}` in replies, and the `file_received` intent. */
  file?: { name: string; type: string };
}

/** The intent that answers a message carrying a file (when the text matches nothing else). */
export const FILE_INTENT = 'file_received';

/** The `file` of a turn, from the platform's attachments. */
export function fileVar(attachments: readonly Json[]): { file?: { name: string; type: string } } {
  const first = attachments[0];
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return {};
  return { file: { name: String(first.fileName ?? 'a file'), type: String(first.fileType ?? 'attachment') } };
}

const DEFAULT_CHUNK_DELAY_MS = 60;

/** Case-, spacing-, `_`/`-`- and end-punctuation-insensitive, so `Quick Replies!` matches `quick_replies`. */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[!?.,;:]+$/g, '')
    .trim();
}

function fill(value: Json, vars: Record<string, string>): Json {
  if (typeof value === 'string') return value.replace(/\{\{(\w+)\}\}/g, (all, name: string) => vars[name] ?? all);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  }
  return value;
}

// Each script's utterances, normalized once: the first intent that lists one owns it. Matching a message used to
// normalize every utterance of every intent again (most of the bot's time per message).
const utteranceIndexes = new WeakMap<BotScript, Map<string, BotScript['intents'][number]>>();

function utteranceIndex(script: BotScript): Map<string, BotScript['intents'][number]> {
  let index = utteranceIndexes.get(script);
  if (!index) {
    index = new Map();
    for (const intent of script.intents) {
      for (const m of intent.match) {
        const key = normalizeUtterance(m);
        if (!index.has(key)) index.set(key, intent);
      }
    }
    utteranceIndexes.set(script, index);
  }
  return index;
}

function pickReplies(script: BotScript, turn: BotTurn): { intent: string; replies: BotReply[] } {
  const intent = utteranceIndex(script).get(normalizeUtterance(turn.text));
  if (intent) return { intent: intent.name, replies: intent.replies };
  const file = turn.file && script.intents.find((i) => i.name === FILE_INTENT);
  if (file) return { intent: file.name, replies: file.replies };
  const first = turn.isFirst && script.intents.find((i) => i.name === script.firstMessageIntent);
  if (first) return { intent: first.name, replies: first.replies };
  return { intent: 'fallback', replies: script.fallback };
}

/** What the bot answers to one user message, with when each frame goes out. Pure: no I/O, no clock. */
export function planAnswers(script: BotScript, turn: BotTurn): PlannedAnswer[] {
  const { intent, replies } = pickReplies(script, turn);
  return planReplies(script, intent, replies, turn);
}

/** Plans given replies (an intent's, or replies pushed through the admin API) as one answer each. */
export function planReplies(script: BotScript, intent: string, replies: readonly BotReply[], turn: BotTurn): PlannedAnswer[] {
  const vars = {
    text: turn.text,
    assets: turn.assetsUrl,
    language: turn.language ?? 'en',
    customData: turn.customData ?? '{}',
    fileName: turn.file?.name ?? '',
    fileType: turn.file?.type ?? '',
  };
  let cursor = turn.replyDelayMs;
  return replies.map((raw) => {
    const reply = fill(raw as unknown as Json, vars) as unknown as BotReply;
    cursor += reply.delayMs ?? 0;
    const messageId = newMessageId();
    if ('stream' in reply) {
      const gap = reply.chunkDelayMs ?? script.streamChunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS;
      const frames = reply.stream.map((chunk, i): PlannedFrame => {
        const atMs = cursor + i * gap;
        return { atMs, parts: [textPart(chunk)], chunk: { last: i === reply.stream.length - 1 } };
      });
      cursor += (reply.stream.length - 1) * gap;
      return { messageId, intent, storedText: reply.stream.join(''), atMs: cursor, frames };
    }
    const part =
      'text' in reply
        ? textPart(reply.text)
        : 'template' in reply
          ? templatePart(reply.template)
          : 'print' in reply
            ? printPart(reply.print)
            : 'error' in reply
              ? errorPart(reply.error)
              : attachmentPart(reply.attachment);
    return { messageId, intent, storedText: part.cInfo.body, atMs: cursor, frames: [{ atMs: cursor, parts: [part] }] };
  });
}
