// The checks and mappings are a lazy chunk: a window whose bot has no branding, or that opts out, never loads
// them, and the window's first bundle stays inside its budget. Loaded on mount, while the request is in flight.
import { useEffect, useState } from 'react';
import type { readBranding } from './read-branding';

export type BrandingReader = typeof readBranding;

/** `readBranding` once its chunk has loaded (null until then, and while `wanted` is false). */
export function useBrandingReader(wanted: boolean): BrandingReader | null {
  const [read, setRead] = useState<BrandingReader | null>(null);
  useEffect(() => {
    if (!wanted || read) return;
    let live = true;
    import('./read-branding').then(
      (m) => live && setRead(() => m.readBranding),
      (error: unknown) => console.warn(`xo-chat: the branding checks could not be loaded (${String(error)}); the window keeps its default look.`),
    );
    return () => {
      live = false;
    };
  }, [wanted, read]);
  return read;
}
