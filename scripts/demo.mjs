#!/usr/bin/env node
// `pnpm demo`: the local platform plus the demo's dev server, with one line saying what to open.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const platformPort = process.env.XO_PLATFORM_PORT ?? '3917';
const demoPort = '5173';
const children = [];

function start(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`[demo] ${name} exited (${signal ?? code}); stopping.`);
      shutdown(1);
    }
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  return child;
}

let shuttingDown = false;
function shutdown(code = 0) {
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const platform = start('platform', 'pnpm', [
  '--silent', '--filter', '@xo-chat/local-platform', 'start',
  '--port', platformPort, '--data', '.xo-data', '--faults',
  // The bot's branding (colours, welcome text) as a bot owner sets it on the platform; ChatWindow reads it.
  '--theme', join(process.cwd(), 'apps/demo/branding.json'),
], { cwd: process.cwd() });
const demo = start('demo', 'pnpm', ['--silent', '--filter', '@xo-chat/demo', 'dev', '--port', demoPort, '--host', '127.0.0.1'], {
  env: { ...process.env, XO_PLATFORM_ORIGIN: `http://localhost:${platformPort}` },
});

await Promise.all([waitFor(platform, /ready|listening|http:\/\//i), waitFor(demo, /Local:/)]);
console.log(`\n  xo-chat demo is ready: open http://localhost:${demoPort}/  (inline page: http://localhost:${demoPort}/inline.html)`);
console.log(`  local XO platform: http://localhost:${platformPort}  (Ctrl+C stops both)\n`);

async function waitFor(child, pattern) {
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) if (pattern.test(line)) return;
  await once(child, 'exit');
}
