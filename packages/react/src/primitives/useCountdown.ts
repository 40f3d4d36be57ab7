import { useEffect, useState } from 'react';

/** Whole seconds until `target` (epoch ms), ticking once a second; null without a target. */
export function useCountdown(target: number | undefined, now: () => number = Date.now): number | null {
  const [current, setCurrent] = useState(() => now());
  useEffect(() => {
    if (target === undefined) return;
    setCurrent(now());
    const id = setInterval(() => setCurrent(now()), 1000);
    return () => clearInterval(id);
  }, [target, now]);
  if (target === undefined) return null;
  return Math.max(0, Math.ceil((target - current) / 1000));
}
