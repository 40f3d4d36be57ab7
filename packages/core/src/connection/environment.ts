// Browser signals that a reconnect is worth trying now (or pointless for now). Absent in Node: all guarded.
export interface EnvironmentHandlers {
  online: () => void;
  offline: () => void;
  visible: () => void;
}

export function isNetworkOffline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return typeof nav?.onLine === 'boolean' && nav.onLine === false;
}

/** Subscribes to `online`, `offline` and `visibilitychange`; returns the unsubscribe. */
export function watchEnvironment(handlers: EnvironmentHandlers): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => {};
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'visible') handlers.visible();
  };
  window.addEventListener('online', handlers.online);
  window.addEventListener('offline', handlers.offline);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('online', handlers.online);
    window.removeEventListener('offline', handlers.offline);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
  };
}
