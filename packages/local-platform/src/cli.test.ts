import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE, parseCliArgs, UsageError } from './cli-args.js';
import { DEMO_BOT } from './constants.js';
import { runCli, waitForReady } from './testing/spawn-cli.js';
import { Store } from './store/store.js';

describe('parseCliArgs', () => {
  it('reads every flag', () => {
    const cmd = parseCliArgs([
      '--port', '0', '--host', '0.0.0.0', '--data', './d', '--faults', '--rtm-url-ttl', '500', '--token-ttl', '9000',
      '--reply-delay', '0', '--client', 'cs-a:s3cr:et', '--bot', 'My: Bot:st-1', '--bot', 'B:st-2', '--bot-script', 'x.json', '--no-dev-jwt', '--no-welcome',
    ]);
    expect(cmd).toEqual({
      kind: 'start',
      botScriptPath: 'x.json',
      options: {
        port: 0, host: '0.0.0.0', dataDir: './d', faults: true, rtmUrlTtlMs: 500, tokenTtlMs: 9000, replyDelayMs: 0, devJwt: false, welcome: false,
        clients: [{ clientId: 'cs-a:s3cr', clientSecret: 'et' }],
        bots: [{ name: 'My: Bot', id: 'st-1' }, { name: 'B', id: 'st-2' }],
      },
    });
  });

  it('has defaults: port 3917, in memory, dev JWT on, 300 ms replies', () => {
    expect(parseCliArgs([])).toMatchObject({
      kind: 'start',
      options: { port: 3917, dataDir: ':memory:', devJwt: true, faults: false, replyDelayMs: 300, welcome: true },
    });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    for (const flag of ['--no-dedupe', '--no-message-ids', '--no-history-user-msg-id', '--strict', '--max-frame', '--rate-limit']) {
      expect(USAGE).toContain(flag);
    }
  });

  it('explains bad flags', () => {
    expect(() => parseCliArgs(['--nope'])).toThrow(UsageError);
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port takes a whole number/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/0..65535/);
    expect(() => parseCliArgs(['--client', 'nocolon'])).toThrow(/--client takes id:secret/);
    expect(() => parseCliArgs(['--bot', ':st-1'])).toThrow(/--bot takes name:id/);
    expect(() => parseCliArgs(['--reply-delay'])).toThrow(UsageError);
    expect(() => parseCliArgs(['--max-frame', '0'])).toThrow(/--max-frame takes a number of bytes, 1 or more/);
    expect(() => parseCliArgs(['--rate-limit', 'fast'])).toThrow(/--rate-limit takes a whole number of frames per second/);
  });

  it('reads the strictness modes one by one, and --strict as all three', () => {
    const opts = (argv: string[]) => {
      const cmd = parseCliArgs(argv);
      if (cmd.kind !== 'start') throw new Error('expected a start command');
      return cmd.options;
    };
    expect(opts([])).not.toHaveProperty('dedupe');
    expect(opts(['--no-dedupe'])).toMatchObject({ dedupe: false });
    expect(opts(['--no-dedupe'])).not.toHaveProperty('messageIds');
    expect(opts(['--no-message-ids'])).toMatchObject({ messageIds: false });
    expect(opts(['--no-history-user-msg-id'])).toMatchObject({ historyUserMsgId: false });
    expect(opts(['--strict'])).toMatchObject({ dedupe: false, messageIds: false, historyUserMsgId: false });
    expect(opts(['--max-frame', '1024', '--rate-limit', '20'])).toMatchObject({ maxFrameBytes: 1024, rateLimitPerSecond: 20 });
  });
});

const dataDir = mkdtempSync(path.join(tmpdir(), 'xo-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the CLI process', () => {
  it('prints one ready line, serves, and exits 0 on SIGTERM', async () => {
    const run = runCli(['--port', '0', '--reply-delay', '0', '--faults']);
    const url = await waitForReady(run);
    const lines = run.stdout().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^XO local platform ready at http:\/\/127\.0\.0\.1:\d+ \| client cs-xo-demo-client \| bot "XO Demo" st-xo-demo \| dev JWT at POST \/users\/sts \| faults on at \/admin$/);
    expect(run.stderr()).toMatch(/development only/);
    const sts = await fetch(`${url}/users/sts`, { method: 'POST', body: JSON.stringify({ identity: 'cli@example.com' }) });
    expect(((await sts.json()) as { jwt: string }).jwt.split('.')).toHaveLength(3);
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  });

  it('exits 2 with the usage on a bad flag', async () => {
    const run = runCli(['--port', 'nope']);
    expect((await run.exited).code).toBe(2);
    expect(run.stderr()).toMatch(/--port takes a whole number/);
    expect(run.stderr()).toMatch(/Usage: xo-local-platform/);
  });

  it('survives SIGKILL mid-traffic: every stored message is whole, every acked one is stored', async () => {
    const run = runCli(['--port', '0', '--reply-delay', '0', '--data', dataDir, '--no-welcome']);
    const url = await waitForReady(run);
    const { jwt } = (await (await fetch(`${url}/users/sts`, { method: 'POST', body: JSON.stringify({ identity: 'crash@example.com' }) })).json()) as { jwt: string };
    const grant = (await (await fetch(`${url}/api/oAuth/token/jwtgrant`, { method: 'POST', body: JSON.stringify({ assertion: jwt, botInfo: DEMO_BOT }) })).json()) as {
      authorization: { accessToken: string };
      userInfo: { userId: string };
    };
    const start = (await (await fetch(`${url}/api/rtm/start`, { method: 'POST', headers: { authorization: `bearer ${grant.authorization.accessToken}` } })).json()) as { url: string };
    const ws = new WebSocket(start.url);
    const acked = new Set<string>();
    ws.on('message', (d) => {
      const f = JSON.parse(d.toString()) as { type: string; replyto: string };
      if (f.type === 'ack') acked.add(f.replyto);
    });
    ws.on('error', () => undefined);
    await new Promise((r) => ws.once('open', r));
    for (let i = 0; i < 2000; i += 1) ws.send(JSON.stringify({ clientMessageId: `k-${i}`, message: { body: `m ${i}`, attachments: [] }, resourceid: '/bot.message', botInfo: DEMO_BOT }));
    while (acked.size < 50) await new Promise((r) => setTimeout(r, 5));
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');

    const store = new Store(dataDir);
    try {
      const rows = store.messagesOf(grant.userInfo.userId);
      const incoming = rows.filter((r) => r.direction === 'incoming');
      expect(incoming.length).toBeGreaterThanOrEqual(acked.size);
      for (const id of acked) expect(incoming.some((r) => r.clientMessageId === id)).toBe(true);
      // Answers are stored after their message's ack, in a later batch, so the kill may leave the newest messages
      // unanswered, but never an answer without its message, half an answer, or a gap: the answered messages are the
      // oldest ones, in order (the first gets the 2-part greeting, each other one its "You said: ...").
      const echoes = rows.filter((r) => r.direction === 'outgoing' && r.text.startsWith('You said: '));
      expect(rows.filter((r) => r.direction === 'outgoing')).toHaveLength(echoes.length + 2);
      expect(echoes.map((r) => r.text)).toEqual(incoming.slice(1, echoes.length + 1).map((r) => `You said: ${r.text}`));
      for (const echo of echoes) {
        const asked = incoming.find((r) => echo.text === `You said: ${r.text}`);
        expect(asked && asked.seq < echo.seq).toBe(true);
      }
    } finally {
      store.close();
    }
  });
});
