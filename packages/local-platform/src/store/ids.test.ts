import { describe, expect, it } from 'vitest';
import { newMessageId } from './ids.js';

describe('newMessageId', () => {
  it('is ms- and a UUID-shaped hex string, each one greater than the one before', () => {
    const ids = Array.from({ length: 5000 }, () => newMessageId());
    for (const id of ids) expect(id).toMatch(/^ms-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
