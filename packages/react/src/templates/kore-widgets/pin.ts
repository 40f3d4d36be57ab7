// Shared by the OTP and reset-PIN templates: Kore's `pinLength`, digits-only entry and the PII markers.
import type { JsonValue } from '@xo-chat/core';
import { text } from './deps';

/** Kore's `pinLength` (its docs: at least 4), kept to what a person can type; 4 when missing or odd. */
export function pinLength(value: JsonValue | undefined): number {
  const n = Number(text(value));
  return Number.isInteger(n) && n >= 4 && n <= 12 ? n : 4;
}

/** What the user typed, reduced to at most `length` digits. */
export function digitsOnly(value: string, length: number): string {
  return value.replace(/\D+/g, '').slice(0, length);
}

/**
 * The body Kore's SDK sends for a code: wrapped in `piiReductionChar` on both sides (so the platform can redact
 * it from logs), as it is when the bot gave no marker.
 */
export function wrapPii(code: string, marker: JsonValue | undefined): string {
  const m = text(marker).slice(0, 4);
  return m ? `${m}${code}${m}` : code;
}
