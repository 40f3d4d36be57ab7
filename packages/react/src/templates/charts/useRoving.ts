import { useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';

/**
 * One tab stop for all of a chart's data points: arrows move between them (Home and End jump), so a chart with
 * 50 points costs a keyboard user one Tab, not 50. `shown` is the point to describe on screen (focus or hover).
 */
export function useRoving(count: number) {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const refs = useRef<(SVGElement | null)[]>([]);
  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in step) move(active + (step[event.key] ?? 0));
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(count - 1);
    else return;
    event.preventDefault();
  };
  const point = (i: number) => ({
    ref: (el: SVGElement | null) => {
      refs.current[i] = el;
    },
    tabIndex: i === Math.min(active, count - 1) ? 0 : -1,
    role: 'img' as const,
    className: 'xo-chart-point',
    onKeyDown,
    onFocus: () => {
      setActive(i);
      setShown(i);
    },
    onBlur: (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Element && event.relatedTarget.classList.contains('xo-chart-point'))) setShown(null);
    },
    onMouseEnter: () => setShown(i),
    onMouseLeave: () => setShown(null),
  });
  return { point, shown };
}
