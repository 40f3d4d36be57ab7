import type { Message } from '@xo-chat/core';
import { describe, expect, it } from 'vitest';
import { msg } from '../../test/fixtures';
import { buildRows, countAfter, GROUP_GAP_MS, rowList } from './rows';
import type { RowCache, ThreadRow } from './rows';

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

describe('rowList keeps row identity', () => {
  it('returns the same row objects for unchanged messages when one is appended', () => {
    const cache: RowCache = new WeakMap();
    const build = (messages: readonly Message[], atStart: boolean) => buildRows(messages, atStart, cache);
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

/** The rows as plain data, from scratch the obvious way: a Date per message, every rule spelled out. */
function reference(messages: readonly Message[], atStart: boolean): string[] {
  const day = (ms: number) => new Date(ms).toDateString();
  const out: string[] = atStart && messages.length > 0 ? ['start'] : [];
  messages.forEach((m, i) => {
    const before = messages[i - 1];
    const dayStart = !before || day(before.createdAt) !== day(m.createdAt);
    const grouped =
      !dayStart &&
      before !== undefined &&
      before.from === m.from &&
      !m.event &&
      before.author?.id === m.author?.id &&
      before.author?.name === m.author?.name &&
      m.createdAt - before.createdAt <= GROUP_GAP_MS;
    out.push(`${m.id}${dayStart ? '|day' : ''}${grouped ? '|grouped' : ''}`);
  });
  return out;
}

const shape = (rows: readonly ThreadRow[]) =>
  rows.map((r) => (r.kind === 'start' ? 'start' : `${r.key}${r.dayStart ? '|day' : ''}${r.grouped ? '|grouped' : ''}`));

/** A small seeded generator, so a failure names a sequence that can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('rowList', () => {
  const at = new Date(2026, 2, 28, 22, 0).getTime(); // near midnight, and a daylight-saving weekend in Europe
  let seq = 0;
  const make = (rand: () => number, createdAt: number): Message => {
    const who = rand();
    const agent = who < 0.15 ? { id: rand() < 0.5 ? 'ag1' : 'ag2', name: rand() < 0.8 ? 'Ana' : 'Bo' } : undefined;
    return {
      id: `r${++seq}`,
      from: who < 0.15 ? 'agent' : who < 0.55 ? 'bot' : 'user',
      createdAt,
      parts: [],
      ...(agent ? { author: agent } : {}),
      ...(rand() < 0.05 ? { event: { type: 'agent_joined' } as unknown as Message['event'] } : {}),
    } as Message;
  };
  /** Gaps from ties to days apart, so grouping, its window and day separators all change along the way. */
  const gap = (rand: () => number) => [0, 1000, 60_000, GROUP_GAP_MS, GROUP_GAP_MS + 1, 3 * 3600_000, 86_400_000][Math.floor(rand() * 7)] ?? 0;

  it('equals a from-scratch build over random appends, history pages, edits, removals and inserts', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rand = random(seed);
      let list: Message[] = [];
      let atStart = false;
      const cache: RowCache = new WeakMap();
      for (let step = 0; step < 60; step++) {
        const op = rand();
        const newest = list.at(-1)?.createdAt ?? at;
        const oldest = list[0]?.createdAt ?? at;
        if (op < 0.35) list = [...list, make(rand, newest + gap(rand))];
        else if (op < 0.5) {
          const page: Message[] = [];
          let t = oldest;
          for (let k = Math.floor(rand() * 6); k >= 0; k--) page.unshift(make(rand, (t -= gap(rand))));
          list = [...page, ...list];
        } else if (op < 0.65 && list.length > 0) {
          // An edit or a status change: the same id, a new object (as the store does), maybe re-dated within its place.
          const i = Math.floor(rand() * list.length);
          const was = list[i] as Message;
          list = list.with(i, rand() < 0.5 ? { ...was, status: 'sent' } : { ...was, from: was.from === 'user' ? 'bot' : 'user' });
        } else if (op < 0.75 && list.length > 0) list = list.toSpliced(Math.floor(rand() * list.length), 1);
        else if (op < 0.85 && list.length > 1) {
          const i = 1 + Math.floor(rand() * (list.length - 1));
          const t = (list[i - 1] as Message).createdAt;
          list = list.toSpliced(i, 0, make(rand, t));
        } else if (op < 0.9) atStart = !atStart;
        else if (op < 0.93) list = list.slice();
        // Read as a virtual list does: a few rows, in any order, then (here) all of them.
        const rows = rowList(list, atStart, cache);
        for (let k = 0; k < 5; k++) rows.at(Math.floor(rand() * rows.length));
        const all = buildRows(list, atStart, cache);
        expect(shape(all), `seed ${seed}, step ${step}`).toEqual(reference(list, atStart));
        expect(all.every((r) => r.kind === 'start' || r.message === list.find((m) => m.id === r.key))).toBe(true);
        expect(rows.length).toBe(all.length);
        expect(rows.at(rows.length)).toBeUndefined();
      }
    }
  });

  it('gives the same rows whichever earlier lists its cache saw', () => {
    const rand = random(7);
    const list = Array.from({ length: 30 }, (_, i) => make(rand, at + i * 200_000));
    const cache: RowCache = new WeakMap();
    buildRows(list.slice(10, 20).reverse(), true, cache);
    expect(shape(buildRows(list, false, cache))).toEqual(reference(list, false));
  });

  it('builds only the rows that are read, one for an append, and only the page for a history page', () => {
    const rand = random(3);
    const list = Array.from({ length: 200 }, (_, i) => make(rand, at + i * 1000));
    const cache: RowCache = new WeakMap();
    const cached = (messages: readonly Message[]) => messages.filter((m) => cache.has(m)).length;
    const screen = rowList(list, false, cache);
    for (let i = 190; i < 200; i++) screen.at(i);
    expect(cached(list)).toBe(10);
    const before = buildRows(list, false, cache);
    const withNew = [...list, make(rand, at + 200_000)];
    const appended = buildRows(withNew, false, cache);
    expect(appended.filter((r) => !before.includes(r))).toHaveLength(1);
    const page = Array.from({ length: 20 }, (_, i) => make(rand, at - (20 - i) * 1000));
    const prepended = buildRows([...page, ...withNew], true, cache);
    // The page, the start row, and the old first row (now continuing the page's run) are new; the rest are kept.
    expect(prepended.filter((r) => !appended.includes(r)).length).toBeLessThanOrEqual(22);
    expect(prepended.slice(22)).toEqual(appended.slice(1));
  });

  it('finds a row by key from the newest, the start row included', () => {
    const list = Array.from({ length: 5 }, (_, i) => make(random(i + 1), at + i * 1000));
    const rows = rowList(list, true);
    expect(rows.indexOf(list[4]!.id)).toBe(5);
    expect(rows.indexOf(list[0]!.id)).toBe(1);
    expect(rows.indexOf('xo-start')).toBe(0);
    expect(rows.indexOf('gone')).toBe(-1);
    expect(rowList(list, false).indexOf(list[0]!.id)).toBe(0);
  });
});
