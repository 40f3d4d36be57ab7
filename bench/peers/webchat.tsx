// botframework-webchat in the peers comparison: the same 1,000 messages as activities from an in-memory
// Direct Line (no network), rendered by ReactWebChat.
import { createRoot } from 'react-dom/client';
import ReactWebChat from 'botframework-webchat';
import { whenPainted } from '../render/measure-dom';
import { makeMessage, marker } from '../render/transcript';
import { COUNT, expose } from './page';

type Observer<T> = { next?: (v: T) => void; error?: (e: unknown) => void; complete?: () => void } | ((v: T) => void);

/** The smallest Observable Web Chat accepts: it subscribes with an observer object or a function. */
class Observable<T> {
  constructor(private readonly producer: (emit: (v: T) => void) => void) {}
  subscribe(observer: Observer<T>) {
    const next = typeof observer === 'function' ? observer : (v: T) => observer.next?.(v);
    let closed = false;
    queueMicrotask(() => this.producer((v) => !closed && next(v)));
    return {
      closed: false,
      unsubscribe() {
        closed = true;
      },
    };
  }
}

const activities = Array.from({ length: COUNT }, (_, i) => {
  const m = makeMessage(i);
  const part = m.parts[0];
  return {
    type: 'message',
    id: m.id,
    timestamp: new Date(m.createdAt).toISOString(),
    from: m.from === 'user' ? { id: 'user', role: 'user' } : { id: 'bot', name: 'Bench', role: 'bot' },
    text: part && part.type === 'text' ? part.text : '',
    channelData: { clientActivityID: m.id },
  };
});

const directLine = {
  activity$: new Observable<unknown>((emit) => activities.forEach(emit)),
  connectionStatus$: new Observable<number>((emit) => [0, 1, 2].forEach(emit)),
  postActivity: () => new Observable<string>((emit) => emit(`posted-${Date.now()}`)),
  end: () => undefined,
};

createRoot(document.getElementById('stage') as HTMLElement).render(
  <ReactWebChat directLine={directLine as never} userID="user" username="Bench user" />,
);
expose(whenPainted(marker(COUNT - 1), 120_000));
