#!/usr/bin/env node
// `pnpm bench`: size, core throughput, render cost in Chromium, and the local platform's round trips, as one
// table; each step writes its own bench/results/<step>.json and this writes bench/results/bench.json.
//   node bench/run.mjs [--only size,core,render,platform] [--runs N] [--readme (update bench/README.md's table)]
//   [--reuse (no runs: the table from the last results)]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './lib/machine.mjs';
import { summaryTable } from './lib/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const tsx = require.resolve('tsx/cli');
const argValue = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const only = argValue('--only')?.split(',');
// --reuse: build the table from the JSON the steps wrote last time, without running them.
const reuse = process.argv.includes('--reuse');
const runs = argValue('--runs') ?? '3';

const STEPS = [
  { name: 'size', command: [process.execPath, join(root, 'bench/size.mjs')], timeoutMs: 120_000 },
  { name: 'core', command: [process.execPath, tsx, '--conditions=source', join(root, 'bench/core/throughput.ts')], timeoutMs: 300_000 },
  { name: 'render', command: [process.execPath, join(root, 'bench/render/measure.mjs'), '--runs', runs], timeoutMs: 600_000 },
  { name: 'platform', command: [process.execPath, join(root, 'bench/platform.mjs')], timeoutMs: 300_000, optional: 'bench/platform.mjs' },
];

function runStep({ command, timeoutMs }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => {
      output += c;
      process.stderr.write(c);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, seconds: (Date.now() - started) / 1000, output });
    });
  });
}

const results = {};
const status = {};
for (const step of STEPS) {
  if (only && !only.includes(step.name)) continue;
  if (step.optional && !existsSync(join(root, step.optional))) {
    status[step.name] = { status: 'skipped', reason: `${step.optional} is missing` };
    continue;
  }
  const file = join(root, `bench/results/${step.name}.json`);
  if (reuse) {
    if (existsSync(file)) {
      results[step.name] = JSON.parse(readFileSync(file, 'utf8'));
      status[step.name] = { status: 'ok', reused: true };
    } else status[step.name] = { status: 'skipped', reason: `--reuse: ${file} is missing` };
    continue;
  }
  console.error(`\n━━ bench ${step.name}`);
  const outcome = await runStep(step);
  if (outcome.code === 0 && existsSync(file)) {
    results[step.name] = JSON.parse(readFileSync(file, 'utf8'));
    status[step.name] = { status: 'ok', seconds: outcome.seconds };
  } else {
    const why = outcome.signal ? `killed by ${outcome.signal} after ${outcome.seconds.toFixed(0)} s` : `exit code ${outcome.code}`;
    const lastLines = outcome.output.trim().split('\n').slice(-6).join('\n');
    status[step.name] = { status: 'failed', seconds: outcome.seconds, reason: `${why}: ${lastLines}` };
  }
}

const previous = join(root, 'bench/results/bench.json');
const summary = reuse && existsSync(previous)
  ? { ...JSON.parse(readFileSync(previous, 'utf8')), results }
  : { measuredAt: new Date().toISOString(), machine: machine(), steps: status, results };
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(previous, `${JSON.stringify(summary, null, 2)}\n`);
const table = summaryTable(summary);
console.log(table);
if (process.argv.includes('--readme')) {
  // Keep the README's "latest figures" in step with this run.
  const readme = join(root, 'bench/README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench-table:start -->';
  const end = '<!-- bench-table:end -->';
  if (text.includes(start) && text.includes(end)) {
    writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
  }
}
const failed = Object.entries(status).filter(([, s]) => s.status === 'failed');
if (failed.length) {
  console.error(`\nFailed steps: ${failed.map(([name]) => name).join(', ')}`);
  process.exit(1);
}
