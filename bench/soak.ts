// The fault soak (issues 8 and 12): N core clients send M messages each to the local platform while it drops
// sockets, loses and delays acks, refuses rtm/start, expires tokens and is restarted twice (once by SIGKILL).
//   pnpm soak              short run (20 clients x 60 messages), under the default platform and under --strict
//   pnpm soak --long       long run (20 clients x 500 messages), both modes
//   options: --clients N --messages M --interval MS (between one client's sends)
//            --no-dedupe --no-message-ids --strict: one run with the platform in that mode (instead of both)
//            --default-only: one run against the default platform
// Prints a summary per mode, writes bench/results/soak.json (soak-long.json for --long) for the default mode and
// soak-strict.json (soak-long-strict.json) for strict; other modes and custom sizes go to soak-custom.tmp.json.
// Exits 1 on any failed check in any mode.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runSoak, type SoakResult } from './soak/run';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    long: { type: 'boolean', default: false },
    clients: { type: 'string' },
    messages: { type: 'string' },
    interval: { type: 'string' },
    'no-dedupe': { type: 'boolean', default: false },
    'no-message-ids': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'default-only': { type: 'boolean', default: false },
  },
});

/** The platform modes to run: both standard ones, or the one the flags name. */
function modes(): Array<{ name: string; flags: string[] }> {
  if (values.strict) return [{ name: 'strict', flags: ['--strict'] }];
  if (values['default-only']) return [{ name: 'default', flags: [] }];
  const flags = [values['no-dedupe'] ? '--no-dedupe' : '', values['no-message-ids'] ? '--no-message-ids' : ''].filter(Boolean);
  if (flags.length === 2) return [{ name: 'no-ids', flags }];
  if (flags.length === 1) return [{ name: flags[0]!.slice(2), flags }];
  return [
    { name: 'default', flags: [] },
    { name: 'strict', flags: ['--strict'] },
  ];
}

const custom = values.clients !== undefined || values.messages !== undefined || values.interval !== undefined;
const base = values.long ? 'soak-long' : 'soak';
const resultFile = (mode: string): string =>
  custom || (mode !== 'default' && mode !== 'strict') ? 'soak-custom.tmp' : mode === 'default' ? base : `${base}-strict`;

const results: SoakResult[] = [];
const summaries: string[] = [];
let failed = false;
for (const mode of modes()) {
  const work = mkdtempSync(join(tmpdir(), `xo-soak-${mode.name}-`));
  mkdirSync(join(work, 'data'));
  const logFile = join(work, 'soak.log');
  const log = (line: string) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
  const say = (line: string) => {
    console.log(line);
    log(line);
  };
  say(`log ${logFile}`);
  const result = await runSoak({
    platformMode: mode.name,
    flags: mode.flags,
    clients: Number(values.clients ?? 20),
    messages: Number(values.messages ?? (values.long ? 500 : 60)),
    intervalMs: Number(values.interval ?? 900),
    tokenTtlMs: 4000,
    repoRoot: root,
    workDir: work,
    log,
    say,
  });
  const record = { measuredAt: new Date().toISOString(), node: process.version, mode: values.long ? 'long' : 'short', ...result };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/${resultFile(mode.name)}.json`), `${JSON.stringify(record, null, 2)}\n`);
  results.push(result);

  const r = result.recoveryAfterSocketFaultMs;
  const single = result.recoveryAfterSingleSocketFaultMs;
  const d = result.sendToAckMs;
  const summary =
    `[${mode.name}] messages ${result.messages}  lost ${result.lost}  duplicated ${result.duplicated}  sent twice ${result.sentTwice}  ` +
    `shown twice ${result.shownTwice}  left sending ${result.leftSending}  failed ${result.failed}  ` +
    `recovery after a single-socket fault p50 ${single.p50} ms, p99 ${single.p99} ms (${single.count})`;
  summaries.push(`${summary}  ${result.passed ? 'PASSED' : `FAILED (${result.failures.length})`}`);
  say(summary);
  say(`faults ${JSON.stringify(result.faultsByKind)}; platform counters ${JSON.stringify(result.platformCounters)}`);
  say(`reconnects ${result.reconnects}; max live sockets per client ${result.maxLiveSocketsPerClient}; transcript mismatches ${result.transcriptMismatches}`);
  say(`recovery after any socket fault: p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms (${r.count} client-faults)`);
  say(`send to ack: p50 ${d.p50} ms, p99 ${d.p99} ms, max ${d.max} ms`);
  if (result.failures.length) {
    failed = true;
    say(`FAILED (${result.failures.length}):\n  ${result.failures.slice(0, 30).join('\n  ')}`);
    say(`log kept at ${logFile}`);
  } else {
    say('PASSED');
    rmSync(work, { recursive: true, force: true });
  }
}
if (summaries.length > 1) console.log(`\nsummary:\n  ${summaries.join('\n  ')}`);
process.exit(failed ? 1 : 0);
