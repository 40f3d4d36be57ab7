// Pings on a fixed interval from the moment a socket opens; a socket that then stays silent (no pong, no
// frame at all) past the timeout is dead, even if the OS has not noticed yet.
import type { Clock } from '../types';

export interface Heartbeat {
  start(): void;
  /** Any frame arrived: the socket is alive. */
  alive(): void;
  stop(): void;
}

export function createHeartbeat(
  clock: Clock,
  options: { intervalMs: number; timeoutMs: number },
  ping: () => void,
  onDead: () => void,
): Heartbeat {
  let intervalTimer: unknown = null;
  let deadline: unknown = null;

  const clearDeadline = () => {
    if (deadline !== null) clock.clearTimeout(deadline);
    deadline = null;
  };
  const stop = () => {
    if (intervalTimer !== null) clock.clearTimeout(intervalTimer);
    intervalTimer = null;
    clearDeadline();
  };
  const beat = () => {
    intervalTimer = clock.setTimeout(beat, options.intervalMs);
    ping();
    if (deadline === null) {
      deadline = clock.setTimeout(() => {
        deadline = null;
        stop();
        onDead();
      }, options.timeoutMs);
    }
  };
  return {
    start() {
      stop();
      intervalTimer = clock.setTimeout(beat, options.intervalMs);
    },
    alive: clearDeadline,
    stop,
  };
}
