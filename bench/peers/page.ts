// What every peers page shares: the transcript size and how it reports its mount to the harness.
export const COUNT = Number(new URLSearchParams(location.search).get('n') ?? '1000');

declare global {
  interface Window {
    __peer: { mounted: Promise<number> };
  }
}

export function expose(painted: Promise<number>): void {
  window.__peer = { mounted: painted };
}

/** The transcript as plain turns, for the peers that take text and a side. */
export function turns(count: number, makeText: (i: number) => string): Array<{ id: string; fromUser: boolean; text: string; time: number }> {
  return Array.from({ length: count }, (_, i) => ({ id: `msg-${i}`, fromUser: i % 2 === 0, text: makeText(i), time: 1_700_000_000_000 + i * 1000 }));
}
