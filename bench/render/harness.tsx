// The render bench's harness, shared by its two pages: `index.html?n=N` (chat.tsx: an open inline ChatWindow over a
// fake client whose store holds N messages) and `plain.html?n=N` (plain.tsx: the same messages as a plain React
// list, in a bundle with nothing of xo-chat's UI). The harness (measure.mjs) drives window.__bench.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
// The fake client is not a package export (yet); it is the react package's own network-free ChatClient.
import { createFakeChatClient } from '@xo-chat/react/testing';
import type { FakeChatClient } from '@xo-chat/react/testing';
import type { Message } from '@xo-chat/core';
import { afterPaint, findMarker, scrollerOf, whenPainted } from './measure-dom';
import { makeMessage, makeTranscript, marker } from './transcript';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? '1000');
const OLDER_PAGE = 100;
// `?last=1`: the older page is the conversation's first, so the widget learns there is no more history.
const lastPage = params.get('last') === '1';

export function startBench(view: 'chat' | 'plain', render: (client: FakeChatClient) => ReactNode): void {
  // Called from the page's entry module, after every module it imports (React's, xo-chat's) has run.
  const evaluationMs = performance.now() - window.__evalStart;
  const client = createFakeChatClient({
    messages: makeTranscript(0, count),
    history: { status: 'idle', hasMore: true, loadedInitial: true },
  });
  const { store } = client;
  let olderLoaded = false;
  let olderStartedAt = 0;
  let olderPainted: Promise<number> | null = null;
  /** The anchor's offset from where it was, per painted frame from the request on (null: it left the DOM). */
  const shifts: Array<number | null> = [];
  function sampleShift(): void {
    const el = anchor ? findMarker(anchor.marker) : null;
    shifts.push(el && anchor ? el.getBoundingClientRect().top - anchor.top : null);
  }
  let anchor: { marker: string; top: number } | null = null;

  /** The first message at or below the top edge of the transcript: what the reader is looking at. */
  function topAnchor(): { marker: string; top: number } | null {
    const newest = findMarker(marker(count - 1)) ?? findMarker('m-0');
    const scroller = newest ? scrollerOf(newest) : null;
    const box = scroller?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
    const hits = document.evaluate(`//text()[contains(., 'm-0')]`, document.body, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    let below: { marker: string; top: number } | null = null;
    for (let i = 0; i < hits.snapshotLength; i++) {
      const element = hits.snapshotItem(i)?.parentElement;
      const found = element?.textContent?.match(/m-\d{6}/);
      if (!element || !found) continue;
      const rect = element.getBoundingClientRect();
      if (rect.bottom > box.top && rect.top < box.bottom) return { marker: found[0], top: rect.top };
      if (rect.bottom > box.top && !below) below = { marker: found[0], top: rect.top };
    }
    return below;
  }

  // What loading a history page does to the store: `loading` while the request is out (two frames here), then 100
  // older messages merged in at the top, with more still available.
  function prependOlderPage(): void {
    if (olderLoaded) return;
    olderLoaded = true;
    anchor = topAnchor();
    store.setState((s) => ({ history: { ...s.history, status: 'loading' } }));
    olderPainted = afterPaint()
      .then(sampleShift)
      .then(afterPaint)
      .then(() => {
        sampleShift();
        olderStartedAt = performance.now();
        const older: Message[] = makeTranscript(-OLDER_PAGE, 0);
        store.setState((s) => ({ messages: [...older, ...s.messages], history: { ...s.history, status: 'idle', hasMore: !lastPage } }));
        // The store notifies React synchronously and React commits this sync-lane update before the next frame.
        return afterPaint();
      });
  }
  client.loadOlder = async () => {
    prependOlderPage();
    await olderPainted;
  };

  // Marks for a trace (bench/render/profile.mjs reads them): where the render phase starts and ends.
  const renderStartedAt = performance.mark('xo-bench:render').startTime;
  const root = createRoot(document.getElementById('stage') as HTMLElement);
  root.render(render(client));

  const mounted = whenPainted(marker(count - 1)).then((paintedAt) => (performance.mark('xo-bench:painted'), {
    fromNavigationMs: paintedAt,
    fromRenderMs: paintedAt - renderStartedAt,
    evaluationMs,
  }));

  let appended = 0;
  /** Receives the next new message; the time until it is painted. Each call appends a new one. */
  async function append(): Promise<number> {
    const index = count + appended++;
    const started = performance.now();
    client.receive(makeMessage(index));
    return (await whenPainted(marker(index), 10_000)) - started;
  }

  /**
   * Scrolls to the top (the harness has already scrolled up by wheel, to leave the bottom), lets the widget ask
   * for the older page itself (or asks for it), and reports the time and how far the top message moved.
   */
  async function loadOlder(): Promise<{ ms: number; maxShiftPx: number | null; finalShiftPx: number | null; triggeredBy: string; anchor: string }> {
    const newest = findMarker('m-0');
    const scroller = newest ? scrollerOf(newest) : null;
    if (!scroller) throw new Error('the transcript scroller was not found');
    // Scroll up the last few screens in wheel-sized steps, so the rows near the top are on screen (as they are for
    // a reader) when the widget notices the top.
    for (let step = 0; step < 80 && !olderLoaded && scroller.scrollTop > 0; step++) {
      scroller.scrollTop = scroller.scrollTop > 3000 ? 3000 : Math.max(0, scroller.scrollTop - 300);
      await afterPaint();
      await afterPaint();
    }
    for (let i = 0; i < 30 && !olderLoaded; i++) {
      scroller.scrollTop = 0;
      await afterPaint();
    }
    let triggeredBy = 'widget';
    if (!olderLoaded) {
      const button = [...document.querySelectorAll('button')].find((b) => /earlier|older/i.test(b.textContent ?? ''));
      triggeredBy = button ? 'widget button' : 'bench';
      if (button) button.click();
      else prependOlderPage();
    }
    const before = anchor;
    if (!before) throw new Error('no message was on screen when the older page loaded');
    const paintedAt = (await olderPainted) ?? Number.NaN;
    // Watch the anchor for ten more frames: a list that corrects its scroll late still shows the jump.
    for (let frame = 0; frame < 10; frame++) {
      sampleShift();
      await afterPaint();
    }
    const finalShift = shifts[shifts.length - 1] ?? null;
    const maxShift = shifts.some((x) => x === null) ? Number.POSITIVE_INFINITY : Math.max(...shifts.map((x) => Math.abs(x ?? 0)));
    return {
      ms: paintedAt - olderStartedAt,
      // null: the message the reader was looking at left the DOM (pushed out of a virtualized window).
      maxShiftPx: Number.isFinite(maxShift) ? maxShift : null,
      finalShiftPx: finalShift,
      triggeredBy,
      anchor: before.marker,
    };
  }

  window.__bench = { view, count, mounted, append, loadOlder };
}

interface Bench {
  view: string;
  count: number;
  mounted: Promise<{ fromNavigationMs: number; fromRenderMs: number; evaluationMs: number }>;
  /** Receives the next new message; the time until it is painted. */
  append(): Promise<number>;
  loadOlder(): Promise<{ ms: number; maxShiftPx: number | null; finalShiftPx: number | null; triggeredBy: string; anchor: string }>;
}

declare global {
  interface Window {
    __bench: Bench;
    __evalStart: number;
  }
}
