import type { Message } from '@xo-chat/core';
import { describe, expect, it } from 'vitest';
import { msg } from '../../test/fixtures';
import { buildRows, countAfter, GROUP_GAP_MS } from './rows';

describe('buildRows', () => {
  it('puts a date separator before each new day and groups a sender’s consecutive messages', () => {
    const day1 = new Date(2026, 0, 1, 10, 0).getTime();
    const day2 = new Date(2026, 0, 2, 10, 0).getTime();
    const messages = [
      msg({ id: 'a', from: 'bot', createdAt: day1 }),
      msg({ id: 'b', from: 'bot', createdAt: day1 + 1000 }),
      msg({ id: 'c', from: 'user', createdAt: day1 + 2000 }),
      msg({ id: 'd', from: 'user', createdAt: day1 + 2000 + GROUP_GAP_MS + 1 }),
      msg({ id: 'e', from: 'user', createdAt: day2 }),
    ];
    const rows = buildRows(messages, true);
    expect(rows.map((r) => (r.kind === 'message' ? `${r.dayStart ? '|' : ''}${r.key}${r.grouped ? '+' : ''}` : r.kind))).toEqual([
      'start',
      '|a',
      'b+',
      'c',
      'd',
      '|e',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('has no start row while older pages remain, and no rows for no messages', () => {
    expect(buildRows([msg()], false)[0]?.kind).toBe('message');
    expect(buildRows([], true)).toEqual([]);
  });
});

describe('countAfter', () => {
  it('counts messages after the last one seen', () => {
    const list = [msg({ id: 'x' }), msg({ id: 'y' }), msg({ id: 'z' })];
    expect(countAfter(list, 'x')).toBe(2);
    expect(countAfter(list, 'z')).toBe(0);
    expect(countAfter(list, undefined)).toBe(0);
  });
});

describe('buildRows keeps row identity', () => {
  it('returns the same row objects for unchanged messages when one is appended', () => {
    const build = buildRows;
    const at = Date.UTC(2026, 0, 5, 12);
    const list: Message[] = Array.from({ length: 50 }, (_, i) => ({ id: `m${i}`, from: i % 2 ? 'bot' : 'user', createdAt: at + i * 1000, parts: [] }));
    const before = build(list, false);
    const after = build([...list, { id: 'm50', from: 'bot', createdAt: at + 50_000, parts: [] }], false);
    expect(after).toHaveLength(51);
    for (let i = 0; i < 50; i += 1) expect(after[i]).toBe(before[i]);
    const redated = build([{ ...list[0]!, createdAt: at - 86_400_000 }, ...list.slice(1)], false);
    expect(redated[0]).not.toBe(before[0]);
    expect(redated[1]).toMatchObject({ dayStart: true });
  });
});
