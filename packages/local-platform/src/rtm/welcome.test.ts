import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PATHS } from '../http/admin.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect, grant, sleep } from '../testing/harness.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ welcome: true, faults: true });
});
afterAll(() => platform.close());

describe('welcome on connect', () => {
  it('greets a user with no conversation once, stored in history, and not again on a later connect', async () => {
    const first = await connect(platform, 'welcome-new@example.com');
    const greeting = await first.socket.waitFor((f) => f.type === 'bot_response');
    expect(JSON.stringify(greeting.message)).toContain('XO Demo');
    await sleep(100);
    const greeted = first.socket.of('bot_response').length;
    expect(platform.store.messagesOf(first.grant.userId)).toHaveLength(greeted);
    first.socket.close();

    const again = await connect(platform, 'welcome-new@example.com');
    await sleep(150);
    expect(again.socket.of('bot_response')).toHaveLength(0);
    expect(platform.store.messagesOf(first.grant.userId)).toHaveLength(greeted);
    again.socket.close();
  });

  it('is off unless asked for', async () => {
    const quiet = await startLocalPlatform();
    try {
      const { socket } = await connect(quiet, 'welcome-off@example.com');
      await sleep(150);
      expect(socket.of('bot_response')).toHaveLength(0);
      socket.close();
    } finally {
      await quiet.close();
    }
  });
});

describe('POST /admin/push', () => {
  it('stores and sends replies in the bot-script format to the user', async () => {
    const { socket, grant: g } = await connect(platform, 'push@example.com');
    await sleep(100);
    const before = platform.store.messagesOf(g.userId).length;
    const res = await call(platform, 'POST', ADMIN_PATHS.push, {
      identity: 'push@example.com',
      replies: [{ text: '<img src=x onerror=alert(1)>' }, { template: { template_type: 'button', text: 'hi', buttons: [] } }],
    });
    expect(res.status).toBe(200);
    expect(res.body.messageIds).toHaveLength(2);
    const pushed = await socket.waitFor((f) => f.type === 'bot_response' && JSON.stringify(f).includes('onerror'));
    expect(pushed.messageId).toBe((res.body.messageIds as string[])[0]);
    expect(platform.store.messagesOf(g.userId)).toHaveLength(before + 2);
    socket.close();
  });

  it('says what is wrong with a bad request', async () => {
    await grant(platform, 'push-bad@example.com');
    const noUser = await call(platform, 'POST', ADMIN_PATHS.push, { identity: 'nobody@example.com', replies: [] });
    expect(noUser.status).toBe(400);
    expect(JSON.stringify(noUser.body)).toContain('UNKNOWN_USER');
    const badReplies = await call(platform, 'POST', ADMIN_PATHS.push, { identity: 'push-bad@example.com', replies: [{ nope: 1 }] });
    expect(badReplies.status).toBe(400);
    expect(JSON.stringify(badReplies.body)).toContain('INVALID_REPLIES');
  });
});
