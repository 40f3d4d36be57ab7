// The local platform's CLI as a child process, and raw WebSocket clients of it, for bench/platform.mjs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';

export const BOT = { chatBot: 'XO Demo', taskBotId: 'st-xo-demo' };

/**
 * `node --import tsx cli.ts` (from source, no build; signals reach the CLI itself). `cpuProfileDir`: the platform
 * writes a V8 CPU profile there when it exits (`node --cpu-prof`), to see where a message's time goes.
 */
export function startPlatform(root, dataDir, { cpuProfileDir } = {}) {
  // XO_BENCH_PLATFORM_CLI: another checkout's cli.ts, to measure before and after a change on the same machine.
  const cli = process.env.XO_BENCH_PLATFORM_CLI ?? path.join(root, 'packages/local-platform/src/cli.ts');
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  // --faults only opens GET /admin/stats (how many writes each commit carried); no fault is ever set.
  const args = [...profile, '--import', 'tsx', cli, '--port', '0', '--reply-delay', '0', '--data', dataDir, '--faults'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform not ready after 30 s: ${err}`)), 30_000);
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], pid: child.pid, stderr: () => err, stop: () => (child.kill('SIGTERM'), exited) });
      }
    });
    child.once('exit', (code) => reject(new Error(`platform exited ${code}: ${err}`)));
  });
}

async function post(url, body, token, attempt = 1) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `bearer ${token}`;
  let res;
  try {
    res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch (err) {
    // A kept-alive connection the server closed as it was reused ("other side closed"): setup only, so try again.
    if (attempt < 3) return post(url, body, token, attempt + 1);
    throw err;
  }
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The platform's write-batch counters (`GET /admin/stats`), or null from a platform that has none. */
export async function writeCounters(base) {
  const res = await fetch(`${base}/admin/stats`);
  return res.ok ? ((await res.json()).writes ?? null) : null;
}

/** One user (`bench-<i>`) with one open socket. */
export async function openClient(base, i) {
  const { jwt } = await post(`${base}/users/sts`, { identity: `bench-${i}@example.com` });
  const grant = await post(`${base}/api/1.1/oAuth/token/jwtgrant`, { assertion: jwt, botInfo: BOT });
  const { url } = await post(`${base}/api/1.1/rtm/start`, { botInfo: BOT }, grant.authorization.accessToken);
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

/** `count` clients, opened `concurrency` at a time (a thousand handshakes at once only measure the accept queue). */
export async function openClients(base, count, concurrency = 50) {
  const sockets = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        sockets[i] = await openClient(base, i);
      }
    }),
  );
  return sockets;
}

/**
 * Sends one message and resolves with [ack ms, first bot_response ms]. The ack is parsed (its `replyto` must be this
 * message's); a bot_response is only recognized by its type, so the clients spend little of the shared CPU.
 */
export function roundTrip(ws, id, text) {
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    let ackAt = 0;
    const timer = setTimeout(() => reject(new Error(`no ack and answer to ${id} within 30 s`)), 30_000);
    const onMessage = (data) => {
      const frame = data.toString();
      if (frame.startsWith('{"type":"ack"')) {
        if (JSON.parse(frame).replyto === id) ackAt = performance.now();
      } else if (ackAt && frame.startsWith('{"type":"bot_response"')) {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve([ackAt - sent, performance.now() - sent]);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ clientMessageId: id, message: { body: text, attachments: [] }, resourceid: '/bot.message', botInfo: BOT, id }));
  });
}

/** The soft limit on open files (Linux), or null where /proc does not say. */
export function openFileLimit() {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === 'unlimited' ? null : Number(soft);
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux), or null elsewhere. On a shared machine
 * the platform's CPU per message drifts far less than its latencies, which also count time spent waiting for a core.
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

// USER_HZ: 100 on every Linux that Node runs on.
const CLOCK_TICKS = 100;
