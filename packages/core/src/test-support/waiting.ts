// Waiting in tests that drive the real client against a real server (the local platform, a raw `ws` server):
// poll a condition, with a deadline that names what never happened. Test-only (not exported).

/** Resolves once `check()` is true; rejects after `ms` (a deadline for a loaded CI machine, not a timing check). */
export async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
