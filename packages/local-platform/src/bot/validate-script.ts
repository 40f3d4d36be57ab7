import type { AttachmentType, BotScript } from './script-types.js';

const ATTACHMENT_TYPES: readonly AttachmentType[] = ['image', 'video', 'audio', 'document', 'link'];
const REPLY_KINDS = ['text', 'template', 'attachment', 'print', 'error', 'stream'] as const;

/** Thrown with every problem found, each prefixed by its JSON path. */
export class BotScriptError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid bot script:\n  ${problems.join('\n  ')}`);
    this.name = 'BotScriptError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isOptionalDelay = (v: unknown): boolean => v === undefined || (typeof v === 'number' && v >= 0 && v < 600_000);

function checkReply(reply: unknown, at: string, problems: string[]): void {
  if (!isObject(reply)) {
    problems.push(`${at}: a reply must be an object with one of ${REPLY_KINDS.join(', ')}`);
    return;
  }
  if (!isOptionalDelay(reply.delayMs)) problems.push(`${at}.delayMs: must be a number of ms, 0 or more`);
  const kinds = REPLY_KINDS.filter((k) => k in reply);
  if (kinds.length !== 1) {
    problems.push(`${at}: needs exactly one of ${REPLY_KINDS.join(', ')} (found ${kinds.join(', ') || 'none'})`);
    return;
  }
  if ('print' in reply && !isObject(reply.print)) problems.push(`${at}.print: must be the JSON object the bot prints`);
  if ('error' in reply) {
    const e = reply.error;
    if (!isObject(e) || typeof e.text !== 'string' || (e.color !== undefined && typeof e.color !== 'string')) {
      problems.push(`${at}.error: needs a string text (and an optional string color)`);
    }
  }
  if ('text' in reply && typeof reply.text !== 'string') problems.push(`${at}.text: must be a string`);
  if ('template' in reply) {
    if (!isObject(reply.template) || typeof reply.template.template_type !== 'string') {
      problems.push(`${at}.template: must be an object with a string template_type`);
    }
  }
  if ('attachment' in reply) {
    const a = reply.attachment;
    if (!isObject(a) || !ATTACHMENT_TYPES.includes(a.type as AttachmentType) || typeof a.url !== 'string') {
      problems.push(`${at}.attachment: needs type (${ATTACHMENT_TYPES.join('|')}) and a string url`);
    }
  }
  if ('stream' in reply) {
    if (!isStringArray(reply.stream) || reply.stream.length === 0) {
      problems.push(`${at}.stream: must be a non-empty array of strings`);
    }
    if (!isOptionalDelay(reply.chunkDelayMs)) problems.push(`${at}.chunkDelayMs: must be a number of ms`);
  }
}

export function checkReplies(replies: unknown, at: string, problems: string[]): void {
  if (!Array.isArray(replies) || replies.length === 0) {
    problems.push(`${at}: must be a non-empty array of replies`);
    return;
  }
  replies.forEach((r, i) => checkReply(r, `${at}[${i}]`, problems));
}

/** Checks a parsed bot script and returns it typed, or throws a BotScriptError listing what is wrong. */
export function validateBotScript(value: unknown): BotScript {
  const problems: string[] = [];
  if (!isObject(value)) throw new BotScriptError(['(root): a bot script is a JSON object with intents and fallback']);
  if (!Array.isArray(value.intents)) problems.push('intents: must be an array');
  const names = new Set<string>();
  (Array.isArray(value.intents) ? value.intents : []).forEach((intent: unknown, i) => {
    const at = `intents[${i}]`;
    if (!isObject(intent)) return problems.push(`${at}: must be an object {name, match, replies}`);
    if (typeof intent.name !== 'string' || !intent.name) problems.push(`${at}.name: must be a non-empty string`);
    else if (names.has(intent.name)) problems.push(`${at}.name: "${intent.name}" is used twice`);
    else names.add(intent.name);
    if (!isStringArray(intent.match)) problems.push(`${at}.match: must be an array of strings`);
    if (intent.handoff !== undefined && typeof intent.handoff !== 'boolean') problems.push(`${at}.handoff: must be true or false`);
    checkReplies(intent.replies, `${at}.replies`, problems);
  });
  checkReplies(value.fallback, 'fallback', problems);
  for (const key of ['firstMessageIntent', 'welcomeIntent'] as const) {
    if (value[key] !== undefined && !names.has(String(value[key]))) {
      problems.push(`${key}: no intent is named ${JSON.stringify(value[key])}`);
    }
  }
  if (!isOptionalDelay(value.streamChunkDelayMs)) problems.push('streamChunkDelayMs: must be a number of ms');
  if (problems.length) throw new BotScriptError(problems);
  return value as unknown as BotScript;
}
