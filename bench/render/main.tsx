// The render bench page. `?view=chat|plain&n=N`: an open inline ChatWindow over a fake client whose store holds
// N messages, or the same messages as a plain React list. The harness (measure.mjs) drives window.__bench.
import { createRoot } from 'react-dom/client';
import { ChatWindow } from '@xo-chat/react';
// The fake client is not a package export (yet); it is the react package's own network-free ChatClient.
import { createFakeChatClient } from '../../packages/react/src/testing/fake-client';
import '@xo-chat/react/styles.css';
import type { Message } from '@xo-chat/core';
import { PlainList } from './PlainList';
import { afterPaint, findMarker, scrollerOf, whenPainted } from './measure-dom';
import { makeMessage, makeTranscript, marker } from './transcript';

const params = new URLSearchParams(location.search);
const view = params.get('view') === 'plain' ? 'plain' : 'chat';
const count = Number(params.get('n') ?? '1000');
const OLDER_PAGE = 100;

const client = createFakeChatClient({
  messages: makeTranscript(0, count),
  history: { status: 'idle', hasMore: true, loadedInitial: true },
});
const { store } = client;
let olderLoaded = false;
let olderStartedAt = 0;
let anchorTopBefore: number | null = null;

// What a history page does to the store: 100 older messages merged in at the top.
function prependOlderPage(): void {
  if (olderLoaded) return;
  olderLoaded = true;
  anchorTopBefore = findMarker(marker(0))?.getBoundingClientRect().top ?? null;
  olderStartedAt = performance.now();
  const older: Message[] = makeTranscript(-OLDER_PAGE, 0);
  store.setState((s) => ({ messages: [...older, ...s.messages], history: { ...s.history, hasMore: false } }));
}
client.loadOlder = async () => prependOlderPage();

const renderStartedAt = performance.now();
const root = createRoot(document.getElementById('stage') as HTMLElement);
root.render(view === 'chat' ? <ChatWindow client={client} mode="inline" title="Bench" /> : <PlainList store={store} />);

const mounted = whenPainted(marker(count - 1)).then((paintedAt) => ({
  fromNavigationMs: paintedAt,
  fromRenderMs: paintedAt - renderStartedAt,
}));

async function append(): Promise<number> {
  const index = count;
  const started = performance.now();
  client.receive(makeMessage(index));
  return (await whenPainted(marker(index), 10_000)) - started;
}

/** Scrolls to the top, loads one older page, and reports the time and how far the anchor moved on screen. */
async function loadOlder(): Promise<{ ms: number; maxShiftPx: number; finalShiftPx: number; triggeredBy: string }> {
  const newest = findMarker(marker(count - 1));
  const scroller = newest ? scrollerOf(newest) : null;
  if (!newest || !scroller) throw new Error('the newest message or its scroller was not found');
  scroller.scrollTop = 0;
  // A virtualized list renders and measures the top rows over a few frames.
  for (let i = 0; i < 5; i++) await afterPaint();
  // Let the widget notice the top and ask for the page itself; call it directly if it does not.
  for (let i = 0; i < 30 && !olderLoaded; i++) await afterPaint();
  const triggeredBy = olderLoaded ? 'widget' : 'bench';
  prependOlderPage();
  const before = anchorTopBefore;
  if (before === null) throw new Error('the anchor message was not in the DOM when the older page loaded');
  const started = olderStartedAt;
  const paintedAt = await whenPainted(marker(0), 10_000);
  let maxShift = 0;
  let finalShift = 0;
  for (let frame = 0; frame < 10; frame++) {
    const el = findMarker(marker(0));
    finalShift = el ? el.getBoundingClientRect().top - before : Number.POSITIVE_INFINITY;
    maxShift = Math.max(maxShift, Math.abs(finalShift));
    await afterPaint();
  }
  return { ms: paintedAt - started, maxShiftPx: maxShift, finalShiftPx: finalShift, triggeredBy };
}

declare global {
  interface Window {
    __bench: { view: string; count: number; mounted: typeof mounted; append: typeof append; loadOlder: typeof loadOlder };
  }
}
window.__bench = { view, count, mounted, append, loadOlder };
