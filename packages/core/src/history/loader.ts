// History pages: the newest on first connect, older ones on demand, and a re-sync after every reconnect.
// Offsets count back from the newest item and shift as messages arrive; merging by id absorbs the overlap.
import { PlatformError, requestJson } from '../auth/http';
import type { TokenManager } from '../auth/tokens';
import type { FetchLike, HistoryState, Message } from '../types';
import { parseHistoryPage, type HistoryPage } from '../protocol/history';

export interface HistoryLoaderOptions {
  fetch: FetchLike;
  url: string;
  botId: string;
  pageSize: number;
  tokens: TokenManager;
  getHistory: () => HistoryState;
  setHistory: (history: HistoryState) => void;
  merge: (messages: Message[]) => void;
  report: (reason: string) => void;
}

/** What a newest-first read found: whether it worked, the oldest item time it reached, and whether that was the start. */
export interface SyncResult {
  ok: boolean;
  /** The oldest item's time (platform clock) among the pages read. */
  oldest: number | undefined;
  /** The pages reached the start of the conversation. */
  complete: boolean;
}

export interface HistoryLoader {
  /**
   * Fetches the newest page (and, after a long gap, a few more until it meets what is known). With `reachBack`
   * (a time), also follows older pages until one reaches back to it: resent messages are re-dated and moved.
   */
  syncNewest(reachBack?: number): Promise<SyncResult>;
  loadOlder(): Promise<void>;
  /** Forget what was seen (the user changed). */
  reset(): void;
}

/** After a long disconnection, or to reach back to a message in doubt, follow at most this many pages. */
const MAX_GAP_PAGES = 10;

export function createHistoryLoader(o: HistoryLoaderOptions): HistoryLoader {
  // Server ids of every history item seen: their count is the offset of the next older page.
  const seen = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let olderInFlight: Promise<void> | null = null;

  async function fetchPage(offset: number): Promise<HistoryPage> {
    const query = `botId=${encodeURIComponent(o.botId)}&offset=${offset}&limit=${o.pageSize}`;
    const get = async (token: string) =>
      requestJson(o.fetch, `${o.url}?${query}`, { headers: { authorization: `bearer ${token}` } }, 'history');
    let token = await o.tokens.token();
    let body: unknown;
    try {
      body = await get(token);
    } catch (error) {
      if (!(error instanceof PlatformError) || !error.tokenExpired) throw error;
      o.tokens.invalidate(token);
      token = await o.tokens.token();
      body = await get(token);
    }
    const page = parseHistoryPage(body, offset);
    for (const reason of page.dropped) o.report(reason);
    return page;
  }

  /** Runs history work one job at a time so offsets stay consistent. */
  function enqueue(job: () => Promise<void>): Promise<boolean> {
    const run = queue.then(async () => {
      o.setHistory({ ...withoutError(o.getHistory()), status: 'loading' });
      try {
        await job();
        o.setHistory({ ...withoutError(o.getHistory()), status: 'idle' });
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        o.setHistory({ ...o.getHistory(), status: 'error', error: message });
        return false;
      }
    });
    queue = run.then(() => undefined);
    return run;
  }

  function absorb(page: HistoryPage): void {
    for (const id of page.serverIds) seen.add(id);
    o.merge(page.messages);
  }

  async function syncNewest(reachBack?: number): Promise<SyncResult> {
    let oldest: number | undefined;
    let complete = false;
    const ok = await enqueue(async () => {
      const first = !o.getHistory().loadedInitial;
      const pages: HistoryPage[] = [];
      try {
        for (let offset = 0; pages.length < MAX_GAP_PAGES; offset += pages[pages.length - 1]?.itemCount ?? 0) {
          const page = await fetchPage(offset);
          pages.push(page);
          // Stop once this page meets what we had, or on the first load (older pages are on demand).
          const known = page.serverIds.some((id) => seen.has(id));
          for (const m of page.messages) oldest = Math.min(oldest ?? Infinity, m.createdAt);
          const reached = reachBack === undefined || (oldest !== undefined && oldest <= reachBack);
          if (!page.moreAvailable || page.itemCount === 0) {
            complete = true;
            break;
          }
          if (reached && (first || known)) break;
        }
      } finally {
        // Oldest first, as the platform stored them: equal times then keep the platform's order.
        for (let i = pages.length - 1; i >= 0; i--) absorb(pages[i] as HistoryPage);
      }
      const newest = pages[0];
      if (first && newest) o.setHistory({ ...o.getHistory(), loadedInitial: true, hasMore: newest.moreAvailable });
    });
    return { ok, oldest, complete };
  }

  return {
    syncNewest,
    reset: () => seen.clear(),
    loadOlder() {
      if (!o.getHistory().loadedInitial) return syncNewest().then(() => undefined);
      if (!o.getHistory().hasMore) return Promise.resolve();
      olderInFlight ??= enqueue(async () => {
        const page = await fetchPage(seen.size);
        absorb(page);
        o.setHistory({ ...o.getHistory(), hasMore: page.moreAvailable && page.itemCount > 0 });
      })
        .then(() => undefined)
        .finally(() => {
          olderInFlight = null;
        });
      return olderInFlight;
    },
  };
}

function withoutError(history: HistoryState): HistoryState {
  const copy = { ...history };
  delete copy.error;
  return copy;
}
