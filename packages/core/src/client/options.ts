// Wrong configuration fails at once, with what was wrong and what to set, instead of a client that never connects.
import type { ChatClientOptions, ConnectionMode, JsonObject } from '../types';

const CONNECTION_MODES: readonly ConnectionMode[] = ['Default', 'Start_New', 'Start_New_Resume_Agent', 'Reconnect'];

/** Throws a TypeError naming the first value under `what` that JSON cannot carry as it is. */
export function checkJson<T extends JsonObject>(value: T, what: string): T {
  const seen = new Set<object>();
  const visit = (v: unknown, path: string): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new TypeError(`${what}: ${path} is ${v}, which JSON cannot carry; use a finite number or a string.`);
      return;
    }
    if (typeof v !== 'object') throw new TypeError(`${what}: ${path} is a ${typeof v}, which JSON cannot carry; pass plain JSON data.`);
    if (seen.has(v)) throw new TypeError(`${what}: ${path} refers back to itself; pass plain JSON data without cycles.`);
    seen.add(v);
    if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${path}[${i}]`));
    else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`${what}: ${path} is a ${(v as object).constructor?.name ?? 'class instance'}; pass a plain object.`);
      }
      for (const [key, item] of Object.entries(v)) visit(item, `${path}.${key}`);
    }
    seen.delete(v);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${what} must be a plain JSON object.`);
  }
  visit(value, what.split(': ').pop() ?? 'value');
  return value;
}

export function checkOptions(options: ChatClientOptions): void {
  if (!options || typeof options.apiHost !== 'string' || !/^https?:\/\//i.test(options.apiHost)) {
    throw new TypeError('createChatClient: apiHost must be an http(s) origin, e.g. "https://bots.kore.ai".');
  }
  if (!options.botInfo?.taskBotId || typeof options.getJwt !== 'function') {
    throw new TypeError('createChatClient: botInfo {chatBot, taskBotId} and getJwt() are required.');
  }
  const mode = options.connectionMode;
  if (mode !== undefined && !CONNECTION_MODES.includes(mode)) {
    throw new TypeError(`createChatClient: connectionMode ${JSON.stringify(mode)} is not one of ${CONNECTION_MODES.join(', ')}.`);
  }
  if (options.rewriteSocketUrl !== undefined && typeof options.rewriteSocketUrl !== 'function') {
    throw new TypeError('createChatClient: rewriteSocketUrl must be a function (url) => a ws:// or wss:// URL.');
  }
  for (const [key, value] of Object.entries(options.socketParams ?? {})) {
    if (typeof value !== 'string') throw new TypeError(`createChatClient: socketParams.${key} must be a string.`);
  }
  if (options.botInfo.customData !== undefined) checkJson(options.botInfo.customData, 'createChatClient: botInfo.customData');
  if (options.botInfo.metaTags !== undefined) checkJson(options.botInfo.metaTags, 'createChatClient: botInfo.metaTags');
}
