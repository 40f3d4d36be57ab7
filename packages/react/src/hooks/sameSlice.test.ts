import { describe, expect, it } from 'vitest';
import { sameSlice } from './useChatSelector';

describe('sameSlice', () => {
  it('compares arrays element by element and plain objects key by key', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameSlice([a, b], [a, b])).toBe(true);
    expect(sameSlice([a, b], [a, { id: 'b' }])).toBe(false);
    expect(sameSlice([a], [a, b])).toBe(false);
    expect(sameSlice({ x: a, y: 1 }, { x: a, y: 1 })).toBe(true);
    expect(sameSlice({ x: a }, { x: a, y: undefined })).toBe(false);
    expect(sameSlice(Number.NaN, Number.NaN)).toBe(true);
    expect(sameSlice(new Map(), new Map())).toBe(false); // not plain: compared by identity only
    expect(sameSlice(null, {})).toBe(false);
  });
});
