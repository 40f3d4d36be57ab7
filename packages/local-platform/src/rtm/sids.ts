import { randomBytes } from 'node:crypto';
import type { TokenRow } from '../store/rows.js';

interface SidEntry {
  token: TokenRow;
  expiresAt: number;
  used: boolean;
  /** Set when `rtm/start` got `x-rtm-v: 1`: the socket must then offer the subprotocols. */
  nonce?: string;
  /** `language` from the rtm/start body. */
  language?: string;
}

export type SidCheck =
  | { ok: true; token: TokenRow; nonce?: string; language?: string }
  | { ok: false; status: 401 | 403; reason: string };

/** Socket URLs from `rtm/start`: single-use and short-lived. Kept in memory, as the real platform's are. */
export class SidRegistry {
  private readonly entries = new Map<string, SidEntry>();

  issue(token: TokenRow, now: number, ttlMs: number, withNonce: boolean, language?: string): { sid: string; nonce?: string } {
    this.prune(now);
    const sid = randomBytes(24).toString('base64url');
    const entry: SidEntry = { token, expiresAt: now + ttlMs, used: false };
    if (language !== undefined) entry.language = language;
    if (withNonce) entry.nonce = randomBytes(16).toString('hex');
    this.entries.set(sid, entry);
    return entry.nonce === undefined ? { sid } : { sid, nonce: entry.nonce };
  }

  /** Validates a sid and marks it used; a second use, or a use after expiry, is refused. */
  consume(sid: string | null, now: number): SidCheck {
    if (!sid) return { ok: false, status: 401, reason: 'Missing sid: call rtm/start for a socket URL.' };
    const entry = this.entries.get(sid);
    if (!entry) return { ok: false, status: 401, reason: 'Unknown sid: call rtm/start for a fresh socket URL.' };
    if (entry.used) return { ok: false, status: 403, reason: 'This sid was already used: socket URLs are single-use.' };
    if (now > entry.expiresAt) return { ok: false, status: 403, reason: 'This sid expired: call rtm/start again.' };
    entry.used = true;
    const check: SidCheck = { ok: true, token: entry.token };
    if (entry.nonce !== undefined) check.nonce = entry.nonce;
    if (entry.language !== undefined) check.language = entry.language;
    return check;
  }

  /** Forgets entries a minute after they expire (used ones answer "already used" until then). */
  private prune(now: number): void {
    for (const [sid, entry] of this.entries) if (now > entry.expiresAt + 60_000) this.entries.delete(sid);
  }
}
