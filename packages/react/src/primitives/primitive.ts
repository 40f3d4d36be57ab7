import { cloneElement, isValidElement } from 'react';
import type { JSX, ReactNode } from 'react';
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

/**
 * What a part renders inside: the app's children, else its own default content. With `asChild` the child is
 * the element to render; when that element is empty (`<Message.Bubble asChild><blockquote/></Message.Bubble>`),
 * the default content goes inside it.
 */
export function partContent(asChild: boolean | undefined, children: ReactNode, fallback: ReactNode): ReactNode {
  if (!asChild) return children ?? fallback;
  if (isValidElement<{ children?: ReactNode }>(children) && (children.props.children === undefined || children.props.children === null)) {
    return cloneElement(children, undefined, fallback);
  }
  return children;
}
