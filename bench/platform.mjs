// Platform round-trip benchmark: 100 concurrent clients against the local platform CLI (spawned from source
// with tsx, so no build is needed). Measures send->ack and send->first bot_response latency and messages/s.
// Run: node bench/platform.mjs   Writes: bench/results/platform.json
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 30);
const WARMUP = 2;
const BOT = { chatBot: 'XO Demo', taskBotId: 'st-xo-demo' };

function startPlatform(dataDir) {
  const cli = path.join(root, 'packages/local-platform/src/cli.ts');
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), cli, '--port', '0', '--reply-delay', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform not ready: ${err}`)), 30_000);
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`platform exited ${code}: ${err}`)));
  });
}

async function post(url, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function openClient(base, i) {
  const { jwt } = await post(`${base}/users/sts`, { identity: `bench-${i}@example.com` });
  const grant = await post(`${base}/api/1.1/oAuth/token/jwtgrant`, { assertion: jwt, botInfo: BOT });
  const { url } = await post(`${base}/api/1.1/rtm/start`, { botInfo: BOT }, grant.authorization.accessToken);
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

/** Sends one message and resolves with [ack ms, first bot_response ms]. */
function roundTrip(ws, id, text) {
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    let ackAt = 0;
    const timer = setTimeout(() => reject(new Error(`no answer to ${id}`)), 15_000);
    const onMessage = (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'ack' && frame.replyto === id) ackAt = performance.now();
      if (frame.type === 'bot_response' && ackAt) {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve([ackAt - sent, performance.now() - sent]);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ clientMessageId: id, message: { body: text, attachments: [] }, resourceid: '/bot.message', botInfo: BOT, id }));
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const round = (v) => Math.round(v * 100) / 100;
  return { p50: round(percentile(s, 50)), p90: round(percentile(s, 90)), p99: round(percentile(s, 99)), max: round(s.at(-1)), n: s.length };
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xo-bench-'));
const { child, url } = await startPlatform(dataDir);
try {
  const sockets = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => openClient(url, i)));
  // Warm-up: the first message gets the greeting; JIT and SQLite caches settle.
  await Promise.all(sockets.map(async (ws, c) => {
    for (let m = 0; m < WARMUP; m += 1) await roundTrip(ws, `w-${c}-${m}`, `warm-up ${m}`);
  }));
  const ack = [];
  const bot = [];
  const started = performance.now();
  await Promise.all(sockets.map(async (ws, c) => {
    for (let m = 0; m < MESSAGES; m += 1) {
      const [a, b] = await roundTrip(ws, `b-${c}-${m}`, `bench message ${m}`);
      ack.push(a);
      bot.push(b);
    }
  }));
  const elapsedMs = performance.now() - started;
  for (const ws of sockets) ws.close();
  const result = {
    benchmark: 'local-platform round trip',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    // The machine is shared: a high load average means other work competed for the 2 cores.
    loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100),
    clients: CLIENTS,
    messagesPerClient: MESSAGES,
    totalMessages: CLIENTS * MESSAGES,
    mode: 'closed loop: each client sends its next message when the bot has answered the previous one',
    platform: { replyDelayMs: 0, storage: 'SQLite file (WAL) in a temp dir', process: 'CLI child process via tsx' },
    durationMs: Math.round(elapsedMs),
    messagesPerSecond: Math.round((CLIENTS * MESSAGES * 1000) / elapsedMs),
    sendToAckMs: summary(ack),
    sendToBotResponseMs: summary(bot),
  };
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results/platform.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
