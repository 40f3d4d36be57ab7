import { createElement, Fragment, useCallback, useRef } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { ThreadRow } from './rows';

/**
 * The virtual list's children function, giving each row the same element for as long as the row object and what
 * the rendering reads (`inputs`) are unchanged. virtua wraps each row in a memoized item that re-renders when its
 * element changes, and it renders every mounted row on each of its updates (a scroll, a measured resize, a new
 * row): with the same element, the ~30 mounted rows are skipped and an append renders the one new row.
 * `renderRow` may be a new function each render; the element is built with the latest one.
 */
export function useRowElements(renderRow: (row: ThreadRow) => ReactNode, inputs: readonly unknown[]): (row: ThreadRow) => ReactElement {
  const latest = useRef(renderRow);
  latest.current = renderRow;
  const elements = useCacheFor(inputs);
  return useCallback(
    (row: ThreadRow) => {
      let element = elements.get(row);
      if (!element) {
        element = createElement(Fragment, { key: row.key }, latest.current(row));
        elements.set(row, element);
      }
      return element;
    },
    [elements],
  );
}

/** An empty cache whenever one of `inputs` changes (compared by identity, like hook dependencies). */
function useCacheFor(inputs: readonly unknown[]): WeakMap<ThreadRow, ReactElement> {
  const last = useRef<{ inputs: readonly unknown[]; cache: WeakMap<ThreadRow, ReactElement> } | null>(null);
  const was = last.current?.inputs;
  if (!last.current || !was || was.length !== inputs.length || inputs.some((value, i) => !Object.is(value, was[i]))) {
    last.current = { inputs, cache: new WeakMap() };
  }
  return last.current.cache;
}
