import type { Clock } from '../types';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function runtimeLocale(): string {
  const nav = (globalThis as { navigator?: { language?: unknown } }).navigator;
  if (typeof nav?.language === 'string' && nav.language) return nav.language;
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** Unique across tabs and reloads: time plus randomness, as a string (the platform echoes it as `replyto`). */
let sequence = 0;
export function newClientMessageId(now: number, random: () => number): string {
  // The sequence keeps ids unique within this page even if two sends share a millisecond and a random draw.
  return `cm-${now.toString(36)}-${(sequence++).toString(36)}${Math.floor(random() * 36 ** 6).toString(36)}`;
}

export function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}
