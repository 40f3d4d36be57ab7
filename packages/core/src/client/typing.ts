// The bot-typing indicator: on after a send until a reply, held by `wait_for_response`, never stuck (capped).
import type { Clock } from '../types';

export interface Typing {
  /** Turn on (or keep on) for at most the cap from now. */
  hold(): void;
  off(): void;
}

export function createTyping(clock: Clock, capMs: number, set: (typing: boolean) => void): Typing {
  let timer: unknown = null;
  const off = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    set(false);
  };
  return {
    hold() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = clock.setTimeout(off, capMs);
      set(true);
    },
    off,
  };
}
