#!/usr/bin/env node
// `pnpm test:all`: every check CI runs, in order, with one summary line per layer at the end.
// Each layer's test count comes from its runner's JSON report, so the summary is what actually ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join(process.cwd(), '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const summary = [];
let failed = false;

function run(label, command, args, { report, env } = {}) {
  const started = Date.now();
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  const counts = report ? report() : null;
  summary.push({ label, ok, seconds, counts });
  if (!ok) failed = true;
  return ok;
}

function vitestCounts(file) {
  return () => {
    try {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
    } catch {
      return null;
    }
  };
}

function playwrightCounts(file) {
  return () => {
    try {
      const { stats } = JSON.parse(readFileSync(file, 'utf8'));
      return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
    } catch {
      return null;
    }
  };
}

function vitest(label, project) {
  const file = join(reports, `${project}.json`);
  return run(label, 'pnpm', ['exec', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${file}`], {
    report: vitestCounts(file),
  });
}

run('lint', 'pnpm', ['lint']);
run('typecheck', 'pnpm', ['typecheck']);
run('build packages', 'pnpm', ['build']);
vitest('core unit', 'core');
vitest('local-platform', 'local-platform');
vitest('react components', 'react');
vitest('react components (React 18.3)', 'react-18');
vitest('embed unit', 'embed');
vitest('storybook stories (Chromium)', 'storybook');
run('storybook build', 'pnpm', ['build-storybook']);
const e2eReport = join(reports, 'e2e.json');
run('e2e journeys (Chromium)', 'pnpm', ['exec', 'playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], {
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, CI: process.env.CI ?? '' },
  report: playwrightCounts(e2eReport),
});
run('size budgets', 'node', ['bench/size.mjs', '--check']);
run('bench verdict tests', 'pnpm', ['--filter', '@xo-chat/bench', 'test']);
run('fault soak (short)', 'pnpm', ['--filter', '@xo-chat/bench', 'soak']);

console.log('\n━━ Summary');
for (const { label, ok, seconds, counts } of summary) {
  const tally = counts ? `  ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped` : '';
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(30)} ${seconds.padStart(6)} s${tally}`);
}
process.exit(failed ? 1 : 0);
