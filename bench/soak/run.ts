// One soak run against one platform mode: start the platform CLI, run the clients and the fault plan, drain,
// then check every client against what the platform stored and shows in history.
import { join } from 'node:path';
import type { HistoryItem } from '@xo-chat/core/protocol';
import type { Message } from '@xo-chat/core';
import { BOT_INFO, createSoakClient, sendOne, type SoakClient } from './clients';
import { type FaultEvent, runFaultPlan } from './faults';
import { platformHistory } from './platform-history';
import { PlatformProcess, freePort } from './platform-process';
import { platformTruth } from './platform-truth';
import { spread } from './stats';
import { type ClientEvidence, type ClientVerdict, verifyClient } from './verify';

export interface SoakConfig {
  /** `default`, `no-ids` (`--no-dedupe --no-message-ids`), `strict` (`--strict`) or the flags joined. */
  platformMode: string;
  /** The platform CLI's strictness flags for this mode. */
  flags: readonly string[];
  clients: number;
  messages: number;
  intervalMs: number;
  tokenTtlMs: number;
  repoRoot: string;
  workDir: string;
  log: (line: string) => void;
  say: (line: string) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Without live message ids the transcript is compared by role, and user messages by client id. */
function keysFor(flags: readonly string[], clientIdByHistoryId: Map<string, string>): ClientEvidence['keys'] {
  if (!flags.includes('--strict') && !flags.includes('--no-message-ids')) return undefined;
  return {
    client: (m: Message) => (m.from === 'user' ? `user:${m.clientMessageId ?? m.id}` : 'bot'),
    platform: (item: HistoryItem) => (item.type === 'incoming' ? `user:${clientIdByHistoryId.get(item._id) ?? item.userMsgId ?? item._id}` : 'bot'),
  };
}

export async function runSoak(config: SoakConfig) {
  const { log, say } = config;
  const platform = new PlatformProcess({
    repoRoot: config.repoRoot,
    dataDir: join(config.workDir, 'data'),
    port: await freePort(),
    tokenTtlMs: config.tokenTtlMs,
    replyDelayMs: 50,
    flags: config.flags,
    log: (line) => log(`[platform] ${line}`),
  });
  say(`soak (${config.platformMode}${config.flags.length ? `: ${config.flags.join(' ')}` : ''}): ${config.clients} clients x ${config.messages} messages, one every ${config.intervalMs} ms each; platform ${platform.url}`);
  await platform.start();

  const runId = Date.now().toString(36);
  const clients: SoakClient[] = Array.from({ length: config.clients }, (_, i) =>
    createSoakClient(platform.url, `soak-${runId}-${i}@xo-chat.local`, (line) => log(`[diagnostic] ${line}`)),
  );
  const started = Date.now();
  await Promise.all(clients.map((c) => c.client.start()));
  say(`all clients started in ${Date.now() - started} ms`);

  async function sendAll(c: SoakClient, index: number): Promise<void> {
    await sleep(Math.random() * config.intervalMs);
    for (let m = 0; m < config.messages; m++) {
      sendOne(c, `soak c${index} m${m}`);
      await sleep(config.intervalMs * (0.5 + Math.random()));
    }
  }

  const durationMs = config.messages * config.intervalMs;
  const [faults] = await Promise.all([
    runFaultPlan({ platform, identities: clients.map((c) => c.identity), durationMs, everyMs: 2500, ackLossRatio: 0.03, log: say }),
    ...clients.map(sendAll),
  ]);
  say(`sending done after ${Date.now() - started} ms; draining`);

  // Drain: every client connected again and every message delivered (or the deadline), then quiet for a while so
  // the bot's answers land.
  const drainDeadline = Date.now() + 90_000;
  const pending = () => clients.reduce((n, c) => n + c.client.store.getState().messages.filter((m) => m.status === 'sending').length, 0);
  const disconnected = () => clients.filter((c) => c.client.store.getState().connection.status !== 'open').length;
  while ((pending() > 0 || disconnected() > 0) && Date.now() < drainDeadline) await sleep(250);
  let lastCount = -1;
  for (let quiet = 0; quiet < 8 && Date.now() < drainDeadline; ) {
    const count = clients.reduce((n, c) => n + c.client.store.getState().messages.length, 0);
    quiet = count === lastCount ? quiet + 1 : 0;
    lastCount = count;
    await sleep(250);
  }
  const drainedAfterMs = Date.now() - started;

  const socketFaultsFor = (identity: string) => faults.filter((f) => f.closed === 'all' || f.closed.includes(identity));
  const verdicts: ClientVerdict[] = [];
  const recovery: number[] = [];
  const singleRecovery: number[] = [];
  const recoveries: Array<{ identity: string; fault: string; atMs: number; ms: number }> = [];
  const unrecovered: string[] = [];
  for (const c of clients) {
    const history = await platformHistory(platform.url, c.identity, BOT_INFO);
    const truth = await platformTruth(platform.url, c.identity);
    const own = socketFaultsFor(c.identity);
    const evidence: ClientEvidence = {
      identity: c.identity,
      sentIds: c.sentIds,
      messages: c.client.store.getState().messages,
      history,
      sockets: c.sockets,
      socketFaults: own.length,
      storedClientIds: truth.storedClientIds,
    };
    const keys = keysFor(config.flags, truth.clientIdByHistoryId);
    if (keys) evidence.keys = keys;
    verdicts.push(verifyClient(evidence));
    for (const fault of own) {
      const reopened = c.sockets.openTimes.find((t) => t > fault.at);
      if (reopened === undefined) unrecovered.push(`${c.identity} after ${fault.kind}`);
      else {
        recovery.push(reopened - fault.at);
        if (fault.kind === 'socket-drop') singleRecovery.push(reopened - fault.at);
        recoveries.push({ identity: c.identity, fault: fault.kind, atMs: fault.at - started, ms: reopened - fault.at });
      }
    }
  }
  for (const c of clients) c.client.stop();
  await platform.stop('SIGTERM'); // collects this life's counters first

  const delivery = clients.flatMap((c) =>
    c.sentIds.flatMap((id) => {
      const sent = c.sentAt.get(id);
      const delivered = c.deliveredAt.get(id);
      return sent !== undefined && delivered !== undefined ? [delivered - sent] : [];
    }),
  );
  const faultsByKind: Record<string, number> = {};
  for (const f of faults) faultsByKind[f.kind] = (faultsByKind[f.kind] ?? 0) + 1;
  const sum = (key: keyof ClientVerdict) => verdicts.reduce((n, v) => n + (v[key] as number), 0);
  const failures = verdicts.flatMap((v) => v.failures.map((f) => `${v.identity}: ${f}`));
  failures.push(...unrecovered.map((u) => `never reconnected: ${u}`));
  // Frames whose clientMessageId the platform already had: on a platform that keeps no ids, each is a turn run twice.
  const sentTwice = platform.totals.sentTwice ?? 0;
  if (sentTwice > 0) failures.push(`sent twice ${sentTwice}: the platform received ${sentTwice} frames with a clientMessageId it already had`);

  return {
    platformMode: config.platformMode,
    platformFlags: config.flags,
    clients: config.clients,
    messagesPerClient: config.messages,
    messages: sum('sent'),
    tokenTtlMs: config.tokenTtlMs,
    durationMs: drainedAfterMs,
    faultsByKind,
    platformCounters: platform.totals,
    lost: sum('lost'),
    duplicated: sum('duplicated'),
    sentTwice,
    shownTwice: sum('shownTwice'),
    leftSending: sum('leftSending'),
    failed: sum('failed'),
    transcriptMismatches: verdicts.filter((v) => !v.transcriptMatches).length,
    maxLiveSocketsPerClient: Math.max(...verdicts.map((v) => v.maxLiveSockets)),
    reconnects: sum('reconnects'),
    recoveryAfterSocketFaultMs: spread(recovery),
    recoveryAfterSingleSocketFaultMs: spread(singleRecovery),
    slowestRecoveries: recoveries.sort((a, b) => b.ms - a.ms).slice(0, 5),
    sendToAckMs: spread(delivery),
    passed: failures.length === 0,
    failures,
    perClient: verdicts,
    faults: faults.map((f: FaultEvent) => ({ ...f, at: f.at - started })),
  };
}

export type SoakResult = Awaited<ReturnType<typeof runSoak>>;
