import { describe, expect, it } from 'vitest';
import { needsNewClient, optionsToRaw, parseConfig } from './config';
import type { EmbedConfig, RawConfig } from './config';

const VALID: RawConfig = {
  'api-host': 'https://bots.example.com/',
  'bot-name': 'Support Bot',
  'bot-id': 'st-1234-abcd',
  'jwt-url': '/api/chat-jwt',
};
const PAGE = 'https://shop.example.com/help/index.html';

function problems(raw: RawConfig): string[] {
  const result = parseConfig(raw, PAGE);
  return result.ok ? [] : result.problems.map((p) => `${p.attribute}: ${p.message}`);
}

function config(raw: RawConfig): EmbedConfig {
  const result = parseConfig(raw, PAGE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.config;
}

describe('parseConfig', () => {
  it('accepts the four required attributes and fills in the defaults', () => {
    expect(config(VALID)).toEqual({
      apiHost: 'https://bots.example.com',
      botName: 'Support Bot',
      botId: 'st-1234-abcd',
      jwtUrl: 'https://shop.example.com/api/chat-jwt',
      identity: null,
      mode: 'floating',
      title: null,
      locale: null,
      theme: 'auto',
      speech: false,
    });
  });

  it('reads speech as a boolean attribute', () => {
    for (const value of ['', 'on', 'true']) expect(config({ ...VALID, speech: value }).speech).toBe(true);
    for (const value of [null, 'off', 'false']) expect(config({ ...VALID, speech: value }).speech).toBe(false);
    expect(problems({ ...VALID, speech: 'loud' })[0]).toMatch(/^speech: speech "loud" is not known\. Write speech/);
    expect(optionsToRaw({ speech: true })).toEqual({ speech: '' });
    expect(optionsToRaw({ speech: false })).toEqual({});
    expect(optionsToRaw({ speech: 'yes' })).toEqual([{ attribute: 'speech', message: 'speech must be true or false, not string.' }]);
  });

  it('reads the optional attributes', () => {
    const c = config({ ...VALID, identity: ' alice@example.com ', mode: 'inline', title: 'Help', locale: 'ar-EG', theme: 'dark' });
    expect(c).toMatchObject({ identity: 'alice@example.com', mode: 'inline', title: 'Help', locale: 'ar-EG', theme: 'dark' });
  });

  it.each(['api-host', 'bot-name', 'bot-id', 'jwt-url'] as const)('names a missing or empty %s and what to set', (name) => {
    for (const value of [null, undefined, '', '   ']) {
      const found = problems({ ...VALID, [name]: value });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^${name}: ${name} is missing\\. Set it to .+`));
    }
  });

  it('reports every mistake at once', () => {
    expect(problems({ mode: 'popup', theme: 'pink' }).map((p) => p.split(':')[0])).toEqual(['api-host', 'bot-name', 'bot-id', 'jwt-url', 'mode', 'theme']);
  });

  it('wants an absolute http(s) api-host', () => {
    for (const host of ['bots.kore.ai', '/api', 'ftp://bots.example.com', 'javascript:alert(1)']) {
      expect(problems({ ...VALID, 'api-host': host })).toEqual([
        `api-host: api-host "${host}" is not an absolute http(s) URL. Set it to your XO Platform host, e.g. api-host="https://bots.kore.ai".`,
      ]);
    }
  });

  it('resolves a relative jwt-url against the page and refuses other schemes', () => {
    expect(config({ ...VALID, 'jwt-url': 'jwt' }).jwtUrl).toBe('https://shop.example.com/help/jwt');
    expect(config({ ...VALID, 'jwt-url': 'http://localhost:3917/users/sts' }).jwtUrl).toBe('http://localhost:3917/users/sts');
    expect(problems({ ...VALID, 'jwt-url': 'javascript:alert(1)' })[0]).toMatch(/^jwt-url: jwt-url "javascript:alert\(1\)" is not an http\(s\) URL/);
  });

  it('wants a bot id that looks like one', () => {
    for (const id of ['1234', 'st-', 'st-a b', 'st-<x>']) expect(problems({ ...VALID, 'bot-id': id })[0]).toMatch(/^bot-id: bot-id ".*" is not a bot id\. Set it to .*st-/);
  });

  it('refuses an empty identity, an unknown mode or theme, and a locale that is not a language tag', () => {
    expect(problems({ ...VALID, identity: '' })[0]).toMatch(/^identity: identity is empty/);
    expect(problems({ ...VALID, mode: 'popup' })).toEqual(['mode: mode "popup" is not known. Set it to floating (a launcher in the corner) or inline (fills the element).']);
    expect(problems({ ...VALID, theme: 'pink' })).toEqual(['theme: theme "pink" is not known. Set it to light, dark or auto.']);
    expect(problems({ ...VALID, locale: 'not a locale!' })[0]).toMatch(/^locale: locale "not a locale!" is not a language tag/);
  });
});

describe('optionsToRaw', () => {
  it('maps camel-cased options to attribute names', () => {
    expect(optionsToRaw({ apiHost: 'https://h', botName: 'B', botId: 'st-1', jwtUrl: '/j', mode: 'inline' })).toEqual({
      'api-host': 'https://h',
      'bot-name': 'B',
      'bot-id': 'st-1',
      'jwt-url': '/j',
      mode: 'inline',
    });
  });

  it('names a value of the wrong type, and a missing options object', () => {
    expect(optionsToRaw({ apiHost: 42 })).toEqual([{ attribute: 'api-host', message: 'apiHost must be a string, not number.' }]);
    expect(optionsToRaw(undefined)).toEqual([{ attribute: 'api-host', message: expect.stringMatching(/needs an options object/) }]);
  });
});

describe('needsNewClient', () => {
  it('is true for another platform, bot, endpoint, person or locale, false for how the window looks', () => {
    const base = config(VALID);
    expect(needsNewClient(base, { ...base, title: 'x', theme: 'dark', mode: 'inline' })).toBe(false);
    for (const change of [{ apiHost: 'https://other' }, { botId: 'st-2' }, { botName: 'Other' }, { jwtUrl: 'https://j' }, { identity: 'bob' }, { locale: 'fr' }]) {
      expect(needsNewClient(base, { ...base, ...change })).toBe(true);
    }
  });
});
