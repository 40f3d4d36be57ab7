import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { composeRefs } from '../internal/compose-refs';
import { useScrollEnd } from '../internal/scroll-end';
import { CardBody, readCard } from './Card';
import { records } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';

/** Cards rendered at first and added per "Show more": a 500-card carousel must not build 500 cards at once. */
export const CAROUSEL_PAGE = 10;

function isRtl(el: Element): boolean {
  const dir = el.closest('[dir]')?.getAttribute('dir');
  if (dir) return dir.toLowerCase() === 'rtl';
  return getComputedStyle(el).direction === 'rtl';
}

/**
 * `carousel`: a horizontal, scroll-snapping row of cards. One card is in the tab order at a time (roving
 * tabindex); arrow keys, Home and End move between cards, and the previous/next buttons scroll.
 */
export interface CarouselTemplateProps extends TemplateRendererProps {
  /** The current card, controlled (the one in the tab order and scrolled to). */
  index?: number | undefined;
  /** The first current card when uncontrolled (default 0). */
  defaultIndex?: number | undefined;
  onIndexChange?: ((index: number) => void) | undefined;
}

export function CarouselTemplate({ part, actions, index, defaultIndex = 0, onIndexChange }: CarouselTemplateProps) {
  const elements = records(part.payload.elements ?? part.payload.cards);
  const [shown, setShown] = useState(CAROUSEL_PAGE);
  const t = useTemplateStrings();
  const [inner, setInner] = useState(defaultIndex);
  const active = index ?? inner;
  const setActive = (next: number) => {
    if (index === undefined) setInner(next);
    if (next !== active) onIndexChange?.(next);
  };
  const listRef = useRef<HTMLUListElement>(null);
  const pending = useRef<'focus' | 'scroll' | null>(null);
  const count = elements.length;
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    const how = pending.current;
    pending.current = null;
    const card = listRef.current?.children[current];
    if (!how || !(card instanceof HTMLElement)) return;
    if (how === 'focus') card.focus({ preventScroll: true });
    // No `behavior`: the stylesheet picks smooth scrolling only when the user has not asked for reduced motion.
    card.scrollIntoView?.({ block: 'nearest', inline: 'start' });
  }, [current, shown]);

  // After a swipe or wheel scroll (not after our own scrolling, which ends with the current card in view) the
  // current card follows what is shown: the card nearest the start edge becomes current.
  const scrollEndRef = useScrollEnd<HTMLUListElement>(() => {
    const track = listRef.current;
    const shownCard = track?.children[current];
    if (!track || !shownCard) return;
    const box = track.getBoundingClientRect();
    const cardBox = shownCard.getBoundingClientRect();
    if (cardBox.left >= box.left - 1 && cardBox.right <= box.right + 1) return;
    const side = isRtl(track) ? 'right' : 'left';
    let nearest = current;
    let best = Infinity;
    Array.from(track.children).forEach((card, i) => {
      const distance = Math.abs(card.getBoundingClientRect()[side] - box[side]);
      if (distance < best) [best, nearest] = [distance, i];
    });
    setActive(nearest);
  });
  const trackRef = useMemo(() => composeRefs(listRef, scrollEndRef), [scrollEndRef]);

  if (count === 0) return null;

  const go = (index: number, how: 'focus' | 'scroll') => {
    const target = Math.max(0, Math.min(count - 1, index));
    if (target >= shown) setShown(Math.min(count, target + CAROUSEL_PAGE));
    pending.current = how;
    setActive(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const forward = isRtl(event.currentTarget) ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = { [forward]: current + 1, [back]: current - 1, Home: 0, End: Math.min(count, shown) - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target, 'focus');
  };

  const label = format(part.fallbackText ? t.carouselWithText : t.carousel, { text: part.fallbackText, count });
  return (
    <div className="xo-tpl xo-tpl-carousel" role="group" aria-label={label}>
      <ul className="xo-carousel-track" ref={trackRef} onKeyDown={onKeyDown}>
        {elements.slice(0, shown).map((element, i) => (
          <li
            key={i}
            className="xo-card"
            tabIndex={i === current ? 0 : -1}
            aria-label={format(t.cardPosition, { title: readCard(element).title || t.card, index: i + 1, count })}
            onFocus={() => i !== current && setActive(i)}
          >
            <CardBody element={element} actions={actions} />
          </li>
        ))}
      </ul>
      {count > 1 ? (
        <div className="xo-carousel-controls">
          <button type="button" className="xo-carousel-prev" disabled={current === 0} onClick={() => go(current - 1, 'scroll')}>
            <span aria-hidden="true">‹</span>
            <span className="xo-visually-hidden">{t.previousCard}</span>
          </button>
          <span className="xo-carousel-position" aria-live="polite">
            {current + 1} / {count}
          </span>
          <button type="button" className="xo-carousel-next" disabled={current >= count - 1} onClick={() => go(current + 1, 'scroll')}>
            <span aria-hidden="true">›</span>
            <span className="xo-visually-hidden">{t.nextCard}</span>
          </button>
          {shown < count ? (
            <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setShown(shown + CAROUSEL_PAGE)}>
              {format(t.showMore, { count: count - shown })}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
