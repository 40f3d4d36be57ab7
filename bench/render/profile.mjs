#!/usr/bin/env node
// Where the render bench page spends its time: Chromium's sampling profiler (CDP Profiler) over one mount and
// one append, on an unminified production build so the functions keep their names.
//   node bench/render/profile.mjs [--view chat|plain] [--n 10000] [--top 25]
// Prints the functions with the most self time in each phase; writes bench/.out/<view>-<n>-<phase>.cpuprofile
// (open in Chrome DevTools' Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic } from '../lib/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const view = arg('--view', 'chat');
const n = Number(arg('--n', '10000'));
const top = Number(arg('--top', '25'));
const APPENDS = Number(arg('--appends', '10'));
const outDir = join(root, 'bench/dist/render-profile');

process.env.XO_BENCH_PAGE = view === 'plain' ? 'plain' : 'index';
await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn', build: { minify: false, outDir, emptyOutDir: true } });
const server = await serveStatic(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);

/** Self time per function (ms), the largest first, from a CDP profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function report(phase, profile) {
  mkdirSync(join(root, 'bench/.out'), { recursive: true });
  writeFileSync(join(root, `bench/.out/${view}-${n}-${phase}.cpuprofile`), JSON.stringify(profile));
  const total = (profile.endTime - profile.startTime) / 1000;
  console.log(`\n${view} at ${n}, ${phase}: ${total.toFixed(1)} ms profiled`);
  for (const [name, ms] of selfTimes(profile).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${server.url}/${view === 'plain' ? 'plain' : 'index'}.html?n=${n}`);
const mounted = await page.evaluate(() => window.__bench.mounted);
report('mount', (await cdp.send('Profiler.stop')).profile);
console.log(`mounted: ${JSON.stringify(mounted)}`);
for (let i = 0; i < 3; i++) await page.evaluate(() => window.__bench.append());
// Ten appends in one profile: one is too few samples to tell a function from a stall.
await cdp.send('Profiler.start');
const appendMs = [];
for (let i = 0; i < APPENDS; i++) appendMs.push(await page.evaluate(() => window.__bench.append()));
report(`append-x${APPENDS}`, (await cdp.send('Profiler.stop')).profile);
console.log(`append: ${appendMs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
await browser.close();
await server.close();
