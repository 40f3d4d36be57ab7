#!/usr/bin/env node
// Render cost in Chromium on a production build: ChatWindow beside a plain React list of the same messages.
//   node bench/render/measure.mjs [--runs 3]   prints a table, writes bench/results/render.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic } from '../lib/static-server.mjs';
import { median, ratio, round } from '../lib/stats.mjs';
import { verdict } from '../lib/verdict.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const VIEWS = ['chat', 'plain'];

// Two builds into one directory: index.html (the ChatWindow) and plain.html (the baseline, without xo-chat's UI).
for (const pageName of ['index', 'plain']) {
  process.env.XO_BENCH_PAGE = pageName;
  await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
}
delete process.env.XO_BENCH_PAGE;
/** Appends per page load; the page's figure is their median. */
const APPENDS = 7;
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
  await page.goto(`${server.url}/${view === 'plain' ? 'plain' : 'index'}.html?n=${n}${extra}`);
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

/**
 * Main-thread CPU time per append, from Chromium's trace (the thread time of each top-level task on the page's
 * renderer main thread, harness included): unlike the time to paint, it does not grow when other jobs share the
 * cores, so it says what an append costs on a quiet machine.
 */
async function appendCpuMs(page, appends) {
  await browser.startTracing(page, { categories: ['toplevel'] });
  for (let i = 0; i < appends; i++) await page.evaluate(() => window.__bench.append());
  return (await mainThreadCpuMs()) / appends;
}

/** The same for a whole mount, navigation to painted (a load of its own, so the timed mounts are not traced). */
async function mountCpuMs(view, n) {
  const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['toplevel'] });
  await page.goto(`${server.url}/${view === 'plain' ? 'plain' : 'index'}.html?n=${n}`);
  await page.evaluate(() => window.__bench.mounted);
  const ms = await mainThreadCpuMs();
  await context.close();
  return ms;
}

async function mainThreadCpuMs() {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const mains = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const cpu = mains.map(({ pid, tid }) =>
    traceEvents.reduce((sum, e) => (e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' ? sum + (e.tdur ?? 0) : sum), 0),
  );
  return Math.max(0, ...cpu) / 1000;
}

// Warm-up: the first page a fresh browser loads is slower whatever it is; measure none of it.
for (const view of VIEWS) await (await open(view, 1000)).context.close();

const samples = { chat: [], plain: [] };
for (let run = 0; run < RUNS; run++) {
  // Alternate which view goes first so neither always gets the warmer browser.
  for (const view of run % 2 ? [...VIEWS].reverse() : VIEWS) {
    let big;
    const sample = {};
    for (const [n, suffix] of [[1000, '1k'], [10_000, '10k']]) {
      const opened = await open(view, n);
      sample[`mount${suffix}`] = opened.mounted.fromNavigationMs;
      sample[`renderPhase${suffix}`] = opened.mounted.fromRenderMs;
      sample[`evaluation${suffix}`] = opened.mounted.evaluationMs;
      const { jsHeapUsedBytes, domNodes } = await heapAfterGc(opened.page);
      sample[`heap${suffix}`] = jsHeapUsedBytes;
      sample[`domNodes${suffix}`] = domNodes;
      const appends = [];
      for (let i = 0; i < APPENDS; i++) appends.push(await opened.page.evaluate(() => window.__bench.append()));
      sample[`append${suffix}`] = median(appends);
      sample[`appends${suffix}`] = appends.map((ms) => round(ms));
      sample[`appendCpu${suffix}`] = await appendCpuMs(opened.page, 5);
      if (n === 1000) await opened.context.close();
      else big = opened;
    }
    sample.mountCpu10k = await mountCpuMs(view, 10_000);
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

// The goals of issue 17: `ratio` to the plain list's figure from the same runs, or `max` in the metric's unit.
const METRICS = [
  { key: 'mount1k', label: 'mount 1,000 msgs (page start to painted)', unit: 'ms', goal: { ratio: 1 } },
  { key: 'mount10k', label: 'mount 10,000 msgs (page start to painted)', unit: 'ms' },
  { key: 'renderPhase1k', label: 'render phase 1,000 (root.render to painted)', unit: 'ms' },
  { key: 'renderPhase10k', label: 'render phase 10,000 (root.render to painted)', unit: 'ms', goal: { ratio: 0.1 } },
  { key: 'evaluation1k', label: "evaluation, 1,000 page (plain: React's own)", unit: 'ms' },
  { key: 'evaluation10k', label: "evaluation, 10,000 page (plain: React's own)", unit: 'ms', goal: { ratio: 1.3 } },
  { key: 'append1k', label: `append 1 at 1,000 (median of ${APPENDS}, commit + paint)`, unit: 'ms' },
  { key: 'append10k', label: `append 1 at 10,000 (median of ${APPENDS}, commit + paint)`, unit: 'ms', goal: { max: 16 } },
  { key: 'mountCpu10k', label: 'mount 10,000: main-thread CPU (load, evaluate, render, paint)', unit: 'ms' },
  { key: 'appendCpu1k', label: 'append 1 at 1,000: main-thread CPU (mean of 5)', unit: 'ms' },
  { key: 'appendCpu10k', label: 'append 1 at 10,000: main-thread CPU (mean of 5)', unit: 'ms' },
  { key: 'loadOlder', label: 'load 100 older at top (commit + paint)', unit: 'ms' },
  // Under 1 px counts as 0: sub-pixel layout rounding, invisible.
  { key: 'loadOlderMaxShiftPx', label: 'load older: visible message moved', unit: 'px', goal: { max: 0, slack: 1 } },
  { key: 'loadFirstPageMaxShiftPx', label: 'load the first page (no more history): moved', unit: 'px', goal: { max: 0, slack: 1 } },
  { key: 'heap1k', label: 'JS heap after 1,000 (after GC)', unit: 'MB', scale: 1 / (1024 * 1024) },
  { key: 'heap10k', label: 'JS heap after 10,000 (after GC)', unit: 'MB', scale: 1 / (1024 * 1024), goal: { ratio: 1 } },
  { key: 'domNodes10k', label: 'DOM nodes at 10,000', unit: 'nodes' },
];
const rows = METRICS.map(({ key, label, unit, goal, scale = 1 }) => {
  const ours = median(samples.chat.map((s) => s[key] * scale));
  const plain = median(samples.plain.map((s) => s[key] * scale));
  const r = ratio(ours, plain);
  return { key, label, unit, ours: round(ours), plain: round(plain), ratio: round(r, 2), ...verdict(goal, ours, r, unit) };
});

console.log(`render (Chromium, production build, median of ${RUNS} runs)`);
console.log(`${'measure'.padEnd(44)} ${'ChatWindow'.padStart(11)} ${'plain list'.padStart(11)} ${'ratio'.padStart(7)}  goal`);
for (const r of rows) {
  const goal = r.goalText ? `${r.goalText} ${r.meetsGoal ? 'met' : 'NOT met'}` : '';
  console.log(`${r.label.padEnd(44)} ${`${r.ours} ${r.unit}`.padStart(11)} ${`${r.plain} ${r.unit}`.padStart(11)} ${String(r.ratio ?? '').padStart(7)}  ${goal}`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/render.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: loadavg().map((v) => round(v, 2)), runs: RUNS, rows, samples }, null, 2)}\n`,
);
