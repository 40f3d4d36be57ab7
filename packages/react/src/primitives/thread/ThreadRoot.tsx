import { forwardRef, useMemo, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { useChat } from '../../hooks/useChat';
import { useChatSelector } from '../../hooks/useChatSelector';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { ThreadContext } from './context';
import type { ThreadContextValue } from './context';
import { allRows } from './rows';
import type { ThreadRow } from './rows';
import { useThreadRows } from './useThreadRows';
import { useThreadScroll } from './useThreadScroll';

export interface ThreadRootProps extends HTMLAttributes<HTMLDivElement>, AsChildProp {
  /** The bot's avatar and name for its messages (defaults: initial letter, `client.botInfo.chatBot`). */
  avatarUrl?: string | undefined;
  botName?: string | undefined;
}

/**
 * The transcript's frame: it reads the messages and history, and holds the scroll state the other
 * `Thread.*` parts share. `data-state` is `at-bottom` or `scrolled-up`.
 */
export const ThreadRoot = forwardRef<HTMLDivElement, ThreadRootProps>(function ThreadRoot({ avatarUrl, botName, asChild, className, children, ...props }, ref) {
  const { client, loadOlder } = useChat();
  const messages = useChatSelector((s) => s.messages);
  const history = useChatSelector((s) => s.history);
  const atStart = history.loadedInitial && !history.hasMore;
  const rows = useThreadRows(messages, atStart);
  const scroll = useThreadScroll({ rows, messages, history, loadOlder });
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const name = botName ?? client.botInfo.chatBot;
  const value = useMemo((): ThreadContextValue => {
    let all: ThreadRow[] | undefined;
    return {
      messages,
      rowList: rows,
      get rows() {
        return (all ??= allRows(rows));
      },
      history,
      scroll,
      focusedKey,
      setFocusedKey,
      avatarUrl,
      botName: name,
    };
  }, [messages, rows, history, scroll, focusedKey, avatarUrl, name]);
  const Element = partElement(asChild, 'div');
  return (
    <ThreadContext.Provider value={value}>
      <Element {...props} ref={ref} className={cx('xo-thread', className)} data-state={scroll.atBottom ? 'at-bottom' : 'scrolled-up'}>
        {children}
      </Element>
    </ThreadContext.Provider>
  );
});
