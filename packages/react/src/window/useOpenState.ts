import { useCallback, useEffect, useRef, useState } from 'react';

export interface OpenStateOptions {
  /** Controlled open state. */
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** localStorage key that keeps the state across reloads; null to not persist. */
  storageKey: string | null;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can throw (disabled cookies, sandboxed iframes): the state then lasts only for the page.
    return null;
  }
}

/**
 * Open or closed, controlled or not. Uncontrolled state is restored from localStorage after mount (never while
 * rendering, so a server render and the first client render agree) and saved on every change.
 */
export function useOpenState({ open, defaultOpen = false, onOpenChange, storageKey }: OpenStateOptions) {
  const [inner, setInner] = useState(defaultOpen);
  const controlled = open !== undefined;
  const value = controlled ? open : inner;
  const restored = useRef(false);

  useEffect(() => {
    if (controlled || restored.current || !storageKey) return;
    restored.current = true;
    const saved = storage()?.getItem(storageKey);
    if (saved === 'open' || saved === 'closed') setInner(saved === 'open');
  }, [controlled, storageKey]);

  const setOpen = useCallback(
    (next: boolean) => {
      if (!controlled) setInner(next);
      if (storageKey) {
        try {
          storage()?.setItem(storageKey, next ? 'open' : 'closed');
        } catch {
          // Quota or privacy mode: not persisting is fine.
        }
      }
      onOpenChange?.(next);
    },
    [controlled, onOpenChange, storageKey],
  );

  return [value, setOpen] as const;
}
