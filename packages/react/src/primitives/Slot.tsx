import { cloneElement, forwardRef, isValidElement } from 'react';
import type { HTMLAttributes, ReactElement, ReactNode } from 'react';
import { composeRefs } from '../internal/compose-refs';
import { getElementRef } from '../internal/element-ref';

type AnyProps = Record<string, unknown>;

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
 * join, styles merge, and both refs are set. Works on React 18 and 19.
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
  merged['ref'] = composeRefs<HTMLElement>(ref, getElementRef<HTMLElement>(child));
  return cloneElement(child, merged);
});
