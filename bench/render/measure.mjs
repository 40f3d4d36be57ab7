#!/usr/bin/env node
// Render cost in Chromium on a production build: ChatWindow beside a plain React list of the same messages.
//   node bench/render/measure.mjs [--runs 3]   prints a table, writes bench/results/render.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic } from '../lib/static-server.mjs';
import { median, ratio, round } from '../lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const VIEWS = ['chat', 'plain'];

await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
const server = await serveStatic(join(root, 'bench/dist/render'));
const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

/** Opens the page for one view and size in a fresh context; returns the page, its CDP session and its mount. */
async function open(view, n, extra = '') {
  const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/index.html?view=${view}&n=${n}${extra}`);
  let mounted;
  try {
    mounted = await page.evaluate(() => window.__bench.mounted);
  } catch (error) {
    throw new Error(`${view} at ${n}: ${error.message}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
  }
  return { context, page, mounted };
}

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return { jsHeapUsedBytes: get('JSHeapUsedSize'), domNodes: get('Nodes') };
}

// Warm-up: the first page a fresh browser loads is slower whatever it is; measure none of it.
for (const view of VIEWS) await (await open(view, 1000)).context.close();

const samples = { chat: [], plain: [] };
for (let run = 0; run < RUNS; run++) {
  // Alternate which view goes first so neither always gets the warmer browser.
  for (const view of run % 2 ? [...VIEWS].reverse() : VIEWS) {
    const sample = {};
    const small = await open(view, 1000);
    sample.mount1k = small.mounted.fromNavigationMs;
    await small.context.close();

    const big = await open(view, 10_000);
    sample.mount10k = big.mounted.fromNavigationMs;
    sample.mount10kFromRender = big.mounted.fromRenderMs;
    Object.assign(sample, await heapAfterGc(big.page));
    sample.append10k = await big.page.evaluate(() => window.__bench.append());
    // Leave the bottom as a reader does, with the wheel, before the page scrolls to the top.
    await big.page.mouse.move(200, 300);
    await big.page.mouse.wheel(0, -2000);
    await big.page.waitForTimeout(200);
    const older = await big.page.evaluate(() => window.__bench.loadOlder());
    sample.loadOlder = older.ms;
    sample.loadOlderMaxShiftPx = older.maxShiftPx;
    sample.loadOlderFinalShiftPx = older.finalShiftPx;
    sample.loadOlderTriggeredBy = older.triggeredBy;
    sample.loadOlderAnchor = older.anchor;
    await big.context.close();

    // The same at 1,000 messages when the older page is the first of the conversation (no more history).
    const first = await open(view, 1000, '&last=1');
    await first.page.mouse.move(200, 300);
    await first.page.mouse.wheel(0, -2000);
    await first.page.waitForTimeout(200);
    const firstPage = await first.page.evaluate(() => window.__bench.loadOlder());
    sample.loadFirstPageMaxShiftPx = firstPage.maxShiftPx;
    await first.context.close();
    samples[view].push(sample);
    console.error(`run ${run + 1}/${RUNS} ${view}: ${JSON.stringify(sample)}`);
  }
}
await browser.close();
await server.close();

const METRICS = [
  { key: 'mount1k', label: 'mount 1,000 msgs (page start to painted)', unit: 'ms' },
  { key: 'mount10k', label: 'mount 10,000 msgs (page start to painted)', unit: 'ms', goal: 0.2 },
  { key: 'append10k', label: 'append 1 at 10,000 (commit + paint)', unit: 'ms', goal: 0.2 },
  { key: 'loadOlder', label: 'load 100 older at top (commit + paint)', unit: 'ms' },
  // Under 1 px counts as 0: sub-pixel layout rounding, invisible.
  { key: 'loadOlderMaxShiftPx', label: 'load older: visible message moved', unit: 'px', goalAbsolute: 0 },
  { key: 'loadFirstPageMaxShiftPx', label: 'load the first page (no more history): moved', unit: 'px', goalAbsolute: 0 },
  { key: 'jsHeapUsedBytes', label: 'JS heap after 10,000 (after GC)', unit: 'MB', scale: 1 / (1024 * 1024) },
  { key: 'domNodes', label: 'DOM nodes at 10,000', unit: 'nodes' },
];
const rows = METRICS.map(({ key, label, unit, goal, goalAbsolute, scale = 1 }) => {
  const ours = median(samples.chat.map((s) => s[key] * scale));
  const plain = median(samples.plain.map((s) => s[key] * scale));
  const r = ratio(ours, plain);
  const meetsGoal = goal !== undefined ? r !== null && r <= goal : goalAbsolute !== undefined ? ours !== null && ours < goalAbsolute + 1 : null;
  return { key, label, unit, ours: round(ours), plain: round(plain), ratio: round(r, 2), goal: goal ?? goalAbsolute ?? null, meetsGoal };
});

console.log(`render (Chromium, production build, median of ${RUNS} runs)`);
console.log(`${'measure'.padEnd(44)} ${'ChatWindow'.padStart(11)} ${'plain list'.padStart(11)} ${'ratio'.padStart(7)}  goal`);
for (const r of rows) {
  const goal = r.goal === null ? '' : `${r.unit === 'px' ? `${r.goal} px` : `<= ${r.goal}x`} ${r.meetsGoal ? 'met' : 'NOT met'}`;
  console.log(`${r.label.padEnd(44)} ${`${r.ours} ${r.unit}`.padStart(11)} ${`${r.plain} ${r.unit}`.padStart(11)} ${String(r.ratio ?? '').padStart(7)}  ${goal}`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/render.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, rows, samples }, null, 2)}\n`,
);
