// Which tabs are alive, through the Web Locks API. Each client holds a lock named after its tab for as long as it
// runs; the browser releases it when the tab closes or reloads, even on a crash. That makes "is the tab that
// wrote this pending message still here?" a question with a reliable answer, which neither storage events
// (missed while a tab sleeps) nor BroadcastChannel (a tab must answer, and a frozen one cannot) give.

export interface TabLocks {
  /** Marks `tab` alive until the returned function is called. */
  hold(tab: string): () => void;
  /** Tabs alive now. Empty where the runtime cannot tell: then one tab is assumed and it adopts everything. */
  liveTabs(): Promise<Set<string>>;
  /** Runs `fn` while no other tab runs a function under the same name. */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** The subset of the Web Locks `LockManager` used here. */
export interface LockManagerLike {
  request(name: string, options: { mode: 'exclusive' }, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: Array<{ name?: string }> }>;
}

const TAB_LOCK = 'xo-chat:tab:';

export function webLocks(manager: LockManagerLike): TabLocks {
  return {
    hold(tab) {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      manager.request(`${TAB_LOCK}${tab}`, { mode: 'exclusive' }, () => held).catch(() => {});
      return release;
    },
    async liveTabs() {
      try {
        const { held = [] } = await manager.query();
        return new Set(held.map((l) => l.name ?? '').filter((n) => n.startsWith(TAB_LOCK)).map((n) => n.slice(TAB_LOCK.length)));
      } catch {
        return new Set();
      }
    },
    async exclusive(name, fn) {
      let result: Awaited<ReturnType<typeof fn>> | undefined;
      await manager.request(name, { mode: 'exclusive' }, async () => {
        result = await fn();
      });
      return result as Awaited<ReturnType<typeof fn>>;
    },
  };
}

/** No Web Locks (Node, old browsers): one tab is assumed. */
export const singleTab: TabLocks = {
  hold: () => () => {},
  liveTabs: async () => new Set(),
  exclusive: (_name, fn) => fn(),
};

export function defaultTabLocks(): TabLocks {
  const manager = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return manager && typeof manager.request === 'function' && typeof manager.query === 'function' ? webLocks(manager) : singleTab;
}
