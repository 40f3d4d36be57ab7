// One Markdown table of every bench figure (readable in a terminal, pasted as is into bench/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const num = (n, digits = 0) => (n === null || n === undefined ? 'n/a' : Number(n).toLocaleString('en-US', { maximumFractionDigits: digits }));

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function sizeRows(size) {
  return size.rows.flatMap((r) => [
    row([
      'size',
      r.name,
      `${kb(r.gzip)} gzip (${kb(r.min)} min, ${kb(r.brotli)} brotli)`,
      '',
      '',
      r.budgetGzip === null ? '' : `≤ ${kb(r.budgetGzip)} gzip: ${r.withinBudget ? 'met' : '**over**'}`,
    ]),
    // Chunks loaded only when a conversation needs them (charts, Kore's list and widget templates).
    ...(r.lazy ?? []).map((c) =>
      row(['size (lazy chunk)', `${r.name.split(':')[0]}: ${c.chunk.replace(/-[A-Z0-9]{8}\.js$/, '')}`, `${kb(c.gzip)} gzip (${kb(c.min)} min, ${kb(c.brotli)} brotli)`, '', '', 'not counted above']),
    ),
  ]);
}

function renderRows(render) {
  return render.rows.map((r) => {
    // goalText: results from issue 17 on; before it, a ratio or (px) an absolute goal in `goal`.
    const text = r.goalText ?? (r.goal === null ? null : r.unit === 'px' ? `${r.goal} px` : `≤ ${r.goal}x`);
    const goal = text === null ? '' : `${text}: ${r.meetsGoal ? 'met' : '**not met**'}`;
    return row([`render (median of ${render.runs})`, r.label, `${num(r.ours, 1)} ${r.unit}`, `${num(r.plain, 1)} ${r.unit}`, r.ratio === null ? '' : `${r.ratio}x`, goal]);
  });
}

function coreRows(core) {
  const done = (phase, total) =>
    phase.timedOut ? `; **stopped at the deadline: ${num(phase.completed)} of ${num(total)}**` : '';
  return [
    row(['core (Node)', `10,000 mixed bot_response frames: parse, normalize, store`, `${num(core.inbound.framesPerSecond)} frames/s (${num(core.inbound.ms)} ms${done(core.inbound, core.inbound.frames)})`, '', '', '']),
    row(['core (Node)', `10,000 sends through the outbox to their acks`, `${num(core.outbox.sendsPerSecond)} sends/s (${num(core.outbox.ms)} ms${done(core.outbox, core.outbox.sends)})`, '', '', '']),
  ];
}

function platformRows(p) {
  // Results from before issue 17 hold one run at the top level and no goals.
  const runs = p.runs ?? [p];
  const goal = (clients, measure) => {
    const g = (p.goals ?? []).find((x) => x.clients === clients && x.measure === measure);
    return g ? `${g.target}: ${g.met ? 'met' : '**not met**'}` : '';
  };
  // The platform step often runs alone, so its rows say when, and under what load.
  const when = p.date ? `; ${p.date.slice(0, 16).replace('T', ' ')} UTC, load ${p.loadAverageAtEnd?.[0] ?? 'n/a'}` : '';
  return runs.flatMap((r) => {
    const area = `local platform (${num(r.clients)} clients)`;
    const cpu = r.platformCpuMsPerMessage === undefined || r.platformCpuMsPerMessage === null ? null : r.platformCpuMsPerMessage;
    return [
      row([area, `${r.messagesPerClient} round trips each (closed loop${when})`, `${num(r.messagesPerSecond)} msgs/s`, '', '', goal(r.clients, 'messages per second')]),
      row([area, 'send to ack', `p50 ${r.sendToAckMs.p50} ms, p99 ${r.sendToAckMs.p99} ms`, '', '', goal(r.clients, 'p99 send to ack')]),
      row([area, 'send to first bot_response', `p50 ${r.sendToBotResponseMs.p50} ms, p99 ${r.sendToBotResponseMs.p99} ms`, '', '', '']),
      ...(cpu === null
        ? []
        : [
            row([
              area,
              'CPU per message: platform (ack and answer), bench clients; writes per SQLite commit',
              `${cpu} ms, ${r.clientCpuMsPerMessage ?? 'n/a'} ms; ${r.writesPerCommit ?? 'n/a'}`,
              '',
              '',
              '',
            ]),
          ]),
    ];
  });
}

export function soakRows(soak) {
  const r = soak.recoveryAfterSocketFaultMs;
  const single = soak.recoveryAfterSingleSocketFaultMs;
  const d = soak.sendToAckMs;
  const faults = Object.entries(soak.faultsByKind).map(([k, v]) => `${k} ${v}`).join(', ');
  // Results from before issue 12 have no platform mode and no sent-twice figure.
  const area = `soak (${soak.mode}${soak.platformMode ? `, platform ${soak.platformMode}` : ''})`;
  const sentTwice = soak.sentTwice ?? null;
  const counts = `${soak.messages} messages, lost ${soak.lost}, duplicated ${soak.duplicated}${sentTwice === null ? '' : `, sent twice ${sentTwice}`}`;
  const met = soak.lost === 0 && soak.duplicated === 0 && (sentTwice ?? 0) === 0;
  const recovery = single ? `; single-socket fault p50 ${single.p50} ms, p99 ${single.p99} ms` : '';
  return [
    row([area, `${soak.clients} clients x ${soak.messagesPerClient} msgs under faults: ${faults}`, counts, '', '', `lost 0, duplicated 0${sentTwice === null ? '' : ', sent twice 0'}: ${met ? 'met' : '**not met**'}`]),
    row([area, 'checks (transcript = platform history, shown twice, left sending, 1 socket, reconnects ≤ faults + 1, sent twice 0)', soak.passed ? 'all passed' : `**${soak.failures.length} failed**`, '', '', '']),
    row([area, `reconnects; recovery after a socket fault`, `${soak.reconnects}; p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms${recovery}`, '', '', single ? `single-socket p99 ≤ 3000 ms: ${single.p99 !== null && single.p99 <= 3000 ? 'met' : '**not met**'}` : '']),
    row([area, 'send to ack under faults', `p50 ${d.p50} ms, p99 ${d.p99} ms, max ${d.max} ms`, '', '', '']),
  ];
}

function peerRows(peers) {
  return peers.rows.map((r) =>
    row([
      `peers (\`bench:peers\`, ${peers.measuredAt.slice(0, 10)})`,
      `${r.name}: ${peers.count} messages, gzip (React excluded); mount`,
      r.error ? `**${r.error.slice(0, 120)}**` : `${kb(r.gzipBytes)}; ${num(r.mountMs)} ms`,
      '',
      r.error ? '' : `${r.sizeVsOurs}x size, ${r.mountVsOurs}x mount (vs xo-chat)`,
      '',
    ]),
  );
}

export function summaryTable(summary, root = join(import.meta.dirname, '../..')) {
  const { machine: m, results, steps } = summary;
  const lines = [
    `Measured ${summary.measuredAt} on ${m.cpuModel}, ${m.nproc} cores, Node ${m.node}, load average ${m.loadAverage.join(' ')} at the end.`,
    // The render rows may come from a later run of their own (`measure.mjs`, then `run.mjs --reuse`).
    ...(results.render?.measuredAt && results.render.measuredAt !== summary.measuredAt
      ? [`Render rows measured ${results.render.measuredAt}${results.render.loadAverage ? `, load average ${results.render.loadAverage.join(' ')} at the end` : ''}.`]
      : []),
    '',
    row(['area', 'measure', 'xo-chat', 'plain list', 'ratio', 'goal']),
    row(['---', '---', '---:', '---:', '---:', '---']),
  ];
  if (results.size) lines.push(...sizeRows(results.size));
  if (results.core) lines.push(...coreRows(results.core));
  if (results.render) lines.push(...renderRows(results.render));
  if (results.platform) lines.push(...platformRows(results.platform));
  const peersFile = join(root, 'bench/results/peers.json');
  if (existsSync(peersFile)) lines.push(...peerRows(JSON.parse(readFileSync(peersFile, 'utf8'))));
  for (const name of ['soak', 'soak-strict', 'soak-long', 'soak-long-strict']) {
    const soakFile = join(root, `bench/results/${name}.json`);
    if (existsSync(soakFile)) lines.push(...soakRows(JSON.parse(readFileSync(soakFile, 'utf8'))));
  }
  for (const [name, s] of Object.entries(steps)) {
    if (s.status !== 'ok') lines.push(row([name, `**${s.status}**`, (s.reason ?? '').replace(/\n/g, ' ').replace(/\|/g, '/').slice(0, 300), '', '', '']));
  }
  return lines.join('\n');
}
