import type { AgentDesk } from './agent/desk.js';
import type { ThemeRegistry } from './branding/theme.js';
import type { Faults } from './faults.js';
import type { ResolvedOptions } from './options.js';
import type { Records } from './records.js';
import type { Hub } from './rtm/hub.js';
import type { SidRegistry } from './rtm/sids.js';
import type { Store } from './store/store.js';

/** Traffic counters reported by `GET /admin/stats`. */
export interface TrafficCounters {
  grants: number;
  rtmStarts: number;
  socketsOpened: number;
  framesReceived: number;
  framesSent: number;
  acksSent: number;
  botResponsesSent: number;
  /** Dedupe mode: frames with a `clientMessageId` already stored, acked and dropped. */
  duplicateMessages: number;
  /** Frames with a `clientMessageId` already stored, in either mode (with `dedupe: false` each ran a turn). */
  sentTwice: number;
  errorFrames: number;
}

/** Everything the routes and sockets share. */
export interface PlatformContext {
  options: ResolvedOptions;
  store: Store;
  faults: Faults;
  hub: Hub;
  sids: SidRegistry;
  counters: TrafficCounters;
  /** Socket parameters, ConnectionMode, language, customData and metaTags clients sent (admin API). */
  records: Records;
  /** The branding `websdkthemes/{botId}/activetheme` answers. */
  themes: ThemeRegistry;
  /** Live agents: hand-offs from the bot to a person at `/agent`. */
  desk: AgentDesk;
  now(): number;
  /** Runs `fn` after `ms`; cancelled when the platform closes. */
  later(ms: number, fn: () => void): void;
}

export const initialCounters = (): TrafficCounters => ({
  grants: 0,
  rtmStarts: 0,
  socketsOpened: 0,
  framesReceived: 0,
  framesSent: 0,
  acksSent: 0,
  botResponsesSent: 0,
  duplicateMessages: 0,
  sentTwice: 0,
  errorFrames: 0,
});
