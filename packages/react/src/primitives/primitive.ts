import type { JSX } from 'react';
import { Slot } from './Slot';

/** Every part takes `asChild`: render the given element instead of the part's own, with the part's props. */
export interface AsChildProp {
  asChild?: boolean | undefined;
}

/**
 * The element a part renders: its own tag, or the Slot that lends the part's props and ref to the child. Typed
 * as the tag, since the Slot passes the same props on to whatever element the app gave.
 */
export function partElement<T extends keyof JSX.IntrinsicElements>(asChild: boolean | undefined, tag: T): T {
  return (asChild ? Slot : tag) as T;
}
