import type { ChatEvents } from '../types';

type Listener<K extends keyof ChatEvents> = (payload: ChatEvents[K]) => void;

export interface Emitter {
  on<K extends keyof ChatEvents>(event: K, listener: Listener<K>): () => void;
  emit<K extends keyof ChatEvents>(event: K, payload: ChatEvents[K]): void;
}

export function createEmitter(report: (message: string) => void): Emitter {
  const listeners = new Map<keyof ChatEvents, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const fn = listener as (payload: never) => void;
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit(event, payload) {
      for (const fn of [...(listeners.get(event) ?? [])]) {
        try {
          (fn as Listener<typeof event>)(payload);
        } catch (error) {
          // A throwing listener must not break the client or the other listeners.
          if (event !== 'diagnostic') report(`a "${event}" listener threw: ${String(error)}`);
        }
      }
    },
  };
}
