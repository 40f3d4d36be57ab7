// The baseline: the same messages from the same kind of store, as plain divs in a scroller kept at the bottom.
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { ChatStore } from '@xo-chat/core';

export function PlainList({ store }: { store: ChatStore }) {
  const messages = useSyncExternalStore(store.subscribe, () => store.getState().messages);
  const scroller = useRef<HTMLDivElement>(null);
  const count = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    // Follow the bottom when a message is appended (like a chat), not when older ones are prepended.
    const last = messages[messages.length - 1];
    if (el && last && messages.length !== count.current && last.id !== lastId.current) el.scrollTop = el.scrollHeight;
    count.current = messages.length;
    lastId.current = last?.id;
  });
  const lastId = useRef<string | undefined>(undefined);
  return (
    <div className="plain-list" ref={scroller}>
      {messages.map((m) => (
        <div key={m.id} className={m.from}>
          {m.parts.map((p) => (p.type === 'text' ? p.text : '')).join('')}
        </div>
      ))}
    </div>
  );
}
