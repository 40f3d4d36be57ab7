// The fault soak (issue 8): N core clients send M messages each to the local platform while it drops sockets,
// loses and delays acks, refuses rtm/start, expires tokens and is restarted twice (once by SIGKILL).
//   pnpm soak              short run (20 clients x 60 messages, about 90 s)
//   pnpm soak --long       long run (20 clients x 500 messages, about 9 minutes)
//   options: --clients N --messages M --interval MS (between one client's sends)
// Prints a summary, writes bench/results/soak.json (soak-long.json for --long, soak-custom.tmp.json, untracked, with sizes given),
// exits 1 on any failed check.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BOT_INFO, createSoakClient, sendOne, type SoakClient } from './soak/clients';
import { type FaultEvent, runFaultPlan } from './soak/faults';
import { platformHistory } from './soak/platform-history';
import { PlatformProcess, freePort } from './soak/platform-process';
import { spread } from './soak/stats';
import { type ClientVerdict, verifyClient } from './soak/verify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    long: { type: 'boolean', default: false },
    clients: { type: 'string' },
    messages: { type: 'string' },
    interval: { type: 'string' },
  },
});
const CLIENTS = Number(values.clients ?? 20);
const MESSAGES = Number(values.messages ?? (values.long ? 500 : 60));
const INTERVAL_MS = Number(values.interval ?? 900);
const TOKEN_TTL_MS = 4000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const work = mkdtempSync(join(tmpdir(), 'xo-soak-'));
const logFile = join(work, 'soak.log');
const log = (line: string) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
const say = (line: string) => {
  console.log(line);
  log(line);
};

const platform = new PlatformProcess({
  repoRoot: root,
  dataDir: join(work, 'data'),
  port: await freePort(),
  tokenTtlMs: TOKEN_TTL_MS,
  replyDelayMs: 50,
  log: (line) => log(`[platform] ${line}`),
});
mkdirSync(join(work, 'data'));
say(`soak: ${CLIENTS} clients x ${MESSAGES} messages, one every ${INTERVAL_MS} ms each; platform ${platform.url}; log ${logFile}`);
await platform.start();

const runId = Date.now().toString(36);
const clients: SoakClient[] = Array.from({ length: CLIENTS }, (_, i) =>
  createSoakClient(platform.url, `soak-${runId}-${i}@xo-chat.local`, (line) => log(`[diagnostic] ${line}`)),
);
const started = Date.now();
await Promise.all(clients.map((c) => c.client.start()));
say(`all clients started in ${Date.now() - started} ms`);

async function sendAll(c: SoakClient, index: number): Promise<void> {
  await sleep(Math.random() * INTERVAL_MS);
  for (let m = 0; m < MESSAGES; m++) {
    sendOne(c, `soak c${index} m${m}`);
    await sleep(INTERVAL_MS * (0.5 + Math.random()));
  }
}

const durationMs = MESSAGES * INTERVAL_MS;
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

const socketFaultsFor = (identity: string) =>
  faults.filter((f) => f.closed === 'all' || f.closed.includes(identity));
const verdicts: ClientVerdict[] = [];
const recovery: number[] = [];
const recoveries: Array<{ identity: string; fault: string; atMs: number; ms: number }> = [];
const unrecovered: string[] = [];
for (const c of clients) {
  const history = await platformHistory(platform.url, c.identity, BOT_INFO);
  const own = socketFaultsFor(c.identity);
  verdicts.push(
    verifyClient({ identity: c.identity, sentIds: c.sentIds, messages: c.client.store.getState().messages, history, sockets: c.sockets, socketFaults: own.length }),
  );
  for (const fault of own) {
    const reopened = c.sockets.openTimes.find((t) => t > fault.at);
    if (reopened === undefined) unrecovered.push(`${c.identity} after ${fault.kind}`);
    else {
      recovery.push(reopened - fault.at);
      recoveries.push({ identity: c.identity, fault: fault.kind, atMs: fault.at - started, ms: reopened - fault.at });
    }
  }
}
await platform.collectCounters().catch((error: Error) => log(`final counters: ${error.message}`));
for (const c of clients) c.client.stop();
await platform.stop('SIGTERM');

const delivery = clients.flatMap((c) => c.sentIds.flatMap((id) => {
  const sent = c.sentAt.get(id);
  const delivered = c.deliveredAt.get(id);
  return sent !== undefined && delivered !== undefined ? [delivered - sent] : [];
}));
const faultsByKind: Record<string, number> = {};
for (const f of faults) faultsByKind[f.kind] = (faultsByKind[f.kind] ?? 0) + 1;
const sum = (key: keyof ClientVerdict) => verdicts.reduce((n, v) => n + (v[key] as number), 0);
const failures = verdicts.flatMap((v) => v.failures.map((f) => `${v.identity}: ${f}`));
failures.push(...unrecovered.map((u) => `never reconnected: ${u}`));

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  mode: values.long ? 'long' : 'short',
  clients: CLIENTS,
  messagesPerClient: MESSAGES,
  messages: sum('sent'),
  tokenTtlMs: TOKEN_TTL_MS,
  durationMs: drainedAfterMs,
  faultsByKind,
  platformCounters: platform.totals,
  lost: sum('lost'),
  duplicated: sum('duplicated'),
  shownTwice: sum('shownTwice'),
  leftSending: sum('leftSending'),
  failed: sum('failed'),
  transcriptMismatches: verdicts.filter((v) => !v.transcriptMatches).length,
  maxLiveSocketsPerClient: Math.max(...verdicts.map((v) => v.maxLiveSockets)),
  reconnects: sum('reconnects'),
  recoveryAfterSocketFaultMs: spread(recovery),
  slowestRecoveries: recoveries.sort((a, b) => b.ms - a.ms).slice(0, 5),
  sendToAckMs: spread(delivery),
  passed: failures.length === 0,
  failures,
  perClient: verdicts,
  faults: faults.map((f: FaultEvent) => ({ ...f, at: f.at - started })),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
// Runs with custom sizes keep the standard results (the README's) as they are.
const custom = values.clients !== undefined || values.messages !== undefined || values.interval !== undefined;
writeFileSync(join(root, `bench/results/${custom ? 'soak-custom.tmp' : values.long ? 'soak-long' : 'soak'}.json`), `${JSON.stringify(result, null, 2)}\n`);

const r = result.recoveryAfterSocketFaultMs;
const d = result.sendToAckMs;
say(`messages ${result.messages}  lost ${result.lost}  duplicated ${result.duplicated}  shown twice ${result.shownTwice}  left sending ${result.leftSending}  failed ${result.failed}`);
say(`faults ${JSON.stringify(faultsByKind)}; platform counters ${JSON.stringify(platform.totals)}`);
say(`reconnects ${result.reconnects}; max live sockets per client ${result.maxLiveSocketsPerClient}; transcript mismatches ${result.transcriptMismatches}`);
say(`recovery after a socket fault: p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms (${r.count} client-faults)`);
say(`send to ack: p50 ${d.p50} ms, p99 ${d.p99} ms, max ${d.max} ms`);
if (failures.length) {
  say(`FAILED (${failures.length}):\n  ${failures.slice(0, 30).join('\n  ')}`);
  say(`log kept at ${logFile}`);
  process.exit(1);
}
say('PASSED');
rmSync(work, { recursive: true, force: true });
process.exit(0);
