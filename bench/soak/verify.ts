// The per-client checks of the soak: stored exactly once, transcript equals the platform's history, nothing
// shown twice, nothing left sending, one socket at a time, reconnects within the faults that hit the client.
import type { HistoryItem } from '@xo-chat/core/protocol';
import type { Message } from '@xo-chat/core';
import type { SocketCounters } from './counting-socket';
import { clientIdOf } from './platform-history';

export interface ClientEvidence {
  identity: string;
  sentIds: readonly string[];
  messages: readonly Message[];
  history: readonly HistoryItem[];
  sockets: SocketCounters;
  /** Faults that closed this client's socket (its drops, drop-alls, restarts). */
  socketFaults: number;
  /**
   * The clientMessageId of every user message the platform stored, once per copy (its admin API). Without it the
   * history's `userMsgId`s are counted, which a platform run with `--no-history-user-msg-id` leaves out.
   */
  storedClientIds?: readonly string[];
  /**
   * How a transcript entry is named on each side. Default: by id (user items by `userMsgId`, bot items by `_id`).
   * A platform without live message ids needs another key (e.g. user messages by client id, bot messages by role).
   */
  keys?: { client: (m: Message) => string; platform: (item: HistoryItem) => string };
}

export interface ClientVerdict {
  identity: string;
  sent: number;
  lost: number;
  duplicated: number;
  transcriptMatches: boolean;
  transcriptMismatch?: string;
  shownTwice: number;
  leftSending: number;
  failed: number;
  maxLiveSockets: number;
  reconnects: number;
  socketFaults: number;
  failures: string[];
}

export function verifyClient(e: ClientEvidence): ClientVerdict {
  const failures: string[] = [];
  const stored = new Map<string, number>();
  const storedIds = e.storedClientIds ?? e.history.flatMap((item) => (item.type === 'incoming' && item.userMsgId ? [item.userMsgId] : []));
  for (const id of storedIds) stored.set(id, (stored.get(id) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (const id of e.sentIds) {
    const n = stored.get(id) ?? 0;
    if (n === 0) lost += 1;
    if (n > 1) duplicated += n - 1;
  }
  if (lost) failures.push(`${lost} sent messages are not stored on the platform`);
  if (duplicated) failures.push(`${duplicated} extra copies stored on the platform`);

  const clientIds = e.messages.map(e.keys?.client ?? ((m) => m.id));
  const platformIds = e.history.map(e.keys?.platform ?? clientIdOf);
  let transcriptMismatch: string | undefined;
  const length = Math.max(clientIds.length, platformIds.length);
  for (let i = 0; i < length; i++) {
    if (clientIds[i] !== platformIds[i]) {
      const near = (from: number) => ({
        client: e.messages.slice(from, i + 3).map((m) => `${m.from}:${m.id}@${m.createdAt}`),
        platform: e.history.slice(from, i + 3).map((h) => `${h.type}:${h._id}:${clientIdOf(h)}@${h.timestampValue ?? h.createdOn}`),
      });
      transcriptMismatch = `at ${i} of ${clientIds.length} (client) / ${platformIds.length} (platform): client ${clientIds[i] ?? '(none)'}, platform ${platformIds[i] ?? '(none)'}; around it ${JSON.stringify(near(Math.max(0, i - 2)))}`;
      break;
    }
  }
  if (transcriptMismatch) failures.push(`transcript differs from the platform's history ${transcriptMismatch}`);

  // Shown twice: the same id twice, the same user text twice (each soak message text is unique), or a bot message
  // with the same time and content under two ids (a live frame without messageId and its history item).
  const seen = new Set<string>();
  let shownTwice = 0;
  for (const m of e.messages) {
    const keys = [`id:${m.id}`];
    if (m.from === 'user') keys.push(`text:${m.parts.map((p) => (p.type === 'text' ? p.text : '')).join('')}`);
    else keys.push(`content:${m.from}:${m.createdAt}:${JSON.stringify(m.parts)}`);
    for (const key of keys) {
      if (seen.has(key)) shownTwice += 1;
      seen.add(key);
    }
  }
  if (shownTwice) failures.push(`${shownTwice} messages shown twice`);

  const leftSending = e.messages.filter((m) => m.status === 'sending').length;
  const failed = e.messages.filter((m) => m.status === 'failed').length;
  if (leftSending) failures.push(`${leftSending} messages left sending`);
  if (failed) failures.push(`${failed} messages marked failed`);
  if (e.sockets.maxLive > 1) failures.push(`${e.sockets.maxLive} sockets were live at once`);
  const reconnects = Math.max(0, e.sockets.opened - 1);
  if (reconnects > e.socketFaults + 1) failures.push(`${reconnects} reconnects for ${e.socketFaults} socket faults (allowed ${e.socketFaults + 1})`);

  const verdict: ClientVerdict = {
    identity: e.identity,
    sent: e.sentIds.length,
    lost,
    duplicated,
    transcriptMatches: transcriptMismatch === undefined,
    shownTwice,
    leftSending,
    failed,
    maxLiveSockets: e.sockets.maxLive,
    reconnects,
    socketFaults: e.socketFaults,
    failures,
  };
  if (transcriptMismatch) verdict.transcriptMismatch = transcriptMismatch;
  return verdict;
}
