import type { ChatState } from '@xo-chat/core';
import { useRef } from 'react';
import { useStore } from 'zustand';
import { useChatClient } from '../context';

const NOTHING = Symbol('nothing');

/**
 * Shallow equality that stays cheap on a 10,000-message array: element by element, with no Map built per call
 * (zustand's `shallow` builds two Maps of the entries before it even compares lengths).
 */
export function sameSlice(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Reads a slice of the chat state. The component re-renders only when the slice changes (shallowly, so a
 * selector may return a fresh array or object of unchanged values).
 */
export function useChatSelector<T>(selector: (state: ChatState) => T): T {
  const client = useChatClient();
  const previous = useRef<T | typeof NOTHING>(NOTHING);
  return useStore(client.store, (state) => {
    const next = selector(state);
    if (previous.current !== NOTHING && sameSlice(previous.current, next)) return previous.current;
    previous.current = next;
    return next;
  });
}
