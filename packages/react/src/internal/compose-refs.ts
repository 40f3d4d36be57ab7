import type { Ref } from 'react';

/**
 * One callback ref that sets every given ref (objects and callbacks, undefined skipped). It returns nothing, so
 * React 18 and 19 both call it again with null on detach. A new function per call: memoise it (useMemo) where
 * a re-attach on every render matters.
 */
export function composeRefs<T>(...refs: Array<Ref<T> | undefined>): (node: T | null) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}
