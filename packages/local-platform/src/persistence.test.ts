import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from './constants.js';
import { startLocalPlatform } from './server.js';
import { call, connect, isAckFor, rtmStart, sleep, TestSocket } from './testing/harness.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xo-lp-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps users, tokens and messages across restart() and a full stop and start', async () => {
    const first = await startLocalPlatform({ dataDir });
    const { socket, grant } = await connect(first, 'durable@example.com');
    socket.sendMessage('p-1', 'hello');
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 2);

    await first.restart();
    expect((await socket.closed).code).toBe(1006);
    expect(first.store.messagesOf(grant.userId)).toHaveLength(3);
    const again = await TestSocket.open(String((await rtmStart(first, grant.accessToken)).body.url));
    again.sendMessage('p-1', 'hello');
    await again.waitFor(isAckFor('p-1'));
    again.sendMessage('p-2', 'echo after restart');
    await again.waitFor((f) => f.type === 'bot_response');
    again.close();
    await first.close();

    const second = await startLocalPlatform({ dataDir });
    try {
      // The old token still works, and the same identity maps to the same user.
      const history = await call(second, 'GET', `/api/botmessages/rtm?botId=${DEMO_BOT.taskBotId}`, undefined, {
        authorization: `bearer ${grant.accessToken}`,
      });
      expect(history.status).toBe(200);
      expect(history.body.total).toBe(5);
      const ids = (history.body.messages as { userMsgId?: string }[]).map((m) => m.userMsgId).filter(Boolean);
      expect(ids).toEqual(['p-1', 'p-2']);
      const re = await connect(second, 'durable@example.com');
      expect(re.grant.userId).toBe(grant.userId);
      re.socket.sendMessage('p-2', 'echo after restart');
      await re.socket.waitFor(isAckFor('p-2'));
      re.socket.close();
      expect(second.store.stats()).toMatchObject({ incoming: 2, outgoing: 3 });
    } finally {
      await second.close();
    }
  });

  it('acks only a stored message: a failing write stores nothing and is not acked', async () => {
    const platform = await startLocalPlatform({ dataDir: path.join(dataDir, 'atomic') });
    try {
      const { socket, grant } = await connect(platform, 'atomic@example.com');
      platform.store.raw.exec(`CREATE TRIGGER fail_incoming BEFORE INSERT ON messages WHEN NEW.direction = 'incoming'
        BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;`);
      socket.sendMessage('a-1', 'hello');
      const error = await socket.waitFor((f) => f.type === 'error');
      expect(error.error).toMatchObject({ code: 'STORAGE_ERROR' });
      expect(socket.of('ack')).toHaveLength(0);
      expect(platform.store.messagesOf(grant.userId)).toHaveLength(0);
      platform.store.raw.exec('DROP TRIGGER fail_incoming');
      socket.sendMessage('a-1', 'hello');
      await socket.waitFor(isAckFor('a-1'));
      expect(platform.store.messagesOf(grant.userId).length).toBeGreaterThanOrEqual(1);
      socket.close();
    } finally {
      await platform.close();
    }
  });

  it('sends no answer it could not store: the message stays acked, the answer is neither sent nor in history', async () => {
    const log: string[] = [];
    const platform = await startLocalPlatform({ dataDir: path.join(dataDir, 'answer'), log: (line) => log.push(line) });
    try {
      const { socket, grant } = await connect(platform, 'answer@example.com');
      platform.store.raw.exec(`CREATE TRIGGER fail_outgoing BEFORE INSERT ON messages WHEN NEW.direction = 'outgoing'
        BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;`);
      socket.sendMessage('b-1', 'hello');
      await socket.waitFor(isAckFor('b-1'));
      await sleep(100);
      expect(socket.of('bot_response')).toHaveLength(0);
      expect(platform.store.messagesOf(grant.userId).map((r) => r.direction)).toEqual(['incoming']);
      expect(log.join('\n')).toMatch(/storage error while storing the bot's answer: disk full \(simulated\)/);
      platform.store.raw.exec('DROP TRIGGER fail_outgoing');
      socket.sendMessage('b-2', 'echo this');
      await socket.waitFor((f) => f.type === 'bot_response');
      expect(platform.store.messagesOf(grant.userId).map((r) => r.direction)).toEqual(['incoming', 'incoming', 'outgoing']);
      socket.close();
    } finally {
      await platform.close();
    }
  });
});
