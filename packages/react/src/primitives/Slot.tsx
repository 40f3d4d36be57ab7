import { cloneElement, forwardRef, isValidElement } from 'react';
import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';
import { getElementRef } from '../internal/element-ref';

type AnyProps = Record<string, unknown>;

function mergeRefs<T>(...refs: Array<Ref<T> | undefined>): (node: T | null) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

function chain(a: unknown, b: unknown): unknown {
  if (typeof a !== 'function') return b;
  if (typeof b !== 'function') return a;
  return (...args: unknown[]) => {
    (b as (...x: unknown[]) => void)(...args);
    (a as (...x: unknown[]) => void)(...args);
  };
}

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode;
}

/**
 * Renders its only child with the slot's props merged in (for `asChild`): handlers run child first, classes
 * join, styles merge, and both refs are set.
 */
export const Slot = forwardRef<HTMLElement, SlotProps>(function Slot({ children, ...props }, ref) {
  if (!isValidElement(children)) return null;
  const child = children as ReactElement<AnyProps>;
  const childProps = child.props;
  const merged: AnyProps = { ...props, ...childProps };
  for (const key of Object.keys(props)) {
    if (/^on[A-Z]/.test(key)) merged[key] = chain((props as AnyProps)[key], childProps[key]);
  }
  if (props.className || childProps['className']) {
    merged['className'] = [props.className, childProps['className']].filter(Boolean).join(' ');
  }
  if (props.style || childProps['style']) {
    merged['style'] = { ...props.style, ...(childProps['style'] as object | undefined) };
  }
  // forwardRef and getElementRef, not `ref` in props: React 18 keeps an element's ref out of its props.
  merged['ref'] = mergeRefs(ref, getElementRef<HTMLElement>(child));
  return cloneElement(child, merged);
});

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
