import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { msg } from '../test/fixtures';
import { renderWithClient } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import type { FakeChatClient } from '../testing/fake-client';
import { ChatProvider } from '../provider/ChatProvider';
import { useConnection, useHistory, useMessages, useTyping, useUnread } from './state-hooks';
import { useChat } from './useChat';
import { useComposer } from './useComposer';

function wrapper(client: FakeChatClient) {
  return ({ children }: { children: ReactNode }) => <ChatProvider client={client}>{children}</ChatProvider>;
}

describe('hooks', () => {
  it('useMessages returns the transcript and follows the store', () => {
    const client = createFakeChatClient({ messages: [msg({ text: 'hi' })] });
    const { result } = renderHook(() => useMessages(), { wrapper: wrapper(client) });
    expect(result.current).toHaveLength(1);
    act(() => client.receive(msg({ text: 'again' })));
    expect(result.current).toHaveLength(2);
  });

  it('useConnection, useHistory, useUnread and useTyping expose state and actions', () => {
    const client = createFakeChatClient({
      connection: { status: 'reconnecting', attempt: 2, retryAt: 1000 },
      unread: 3,
      typing: true,
      history: { status: 'idle', hasMore: true, loadedInitial: true },
    });
    const { result } = renderHook(
      () => ({ c: useConnection(), h: useHistory(), u: useUnread(), t: useTyping() }),
      { wrapper: wrapper(client) },
    );
    expect(result.current.c.status).toBe('reconnecting');
    expect(result.current.h.hasMore).toBe(true);
    expect(result.current.u.count).toBe(3);
    expect(result.current.t).toBe(true);
    act(() => {
      result.current.c.reconnectNow();
      void result.current.h.loadOlder();
      result.current.u.markRead();
    });
    expect(client.calls.map((c) => c.method)).toEqual(['reconnectNow', 'loadOlder', 'markRead']);
    expect(result.current.u.count).toBe(0);
  });

  it('useChat actions are stable across renders', () => {
    const client = createFakeChatClient();
    const { result, rerender } = renderHook(() => useChat(), { wrapper: wrapper(client) });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    result.current.send('hello');
    expect(client.sent).toEqual([{ text: 'hello' }]);
  });

  it('throws a clear error outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useMessages())).toThrow(/Wrap this component in <ChatProvider/);
    vi.restoreAllMocks();
  });
});

describe('re-renders only on what a component reads', () => {
  function counted(name: string, counts: Record<string, number>, node: ReactNode) {
    return (
      <Profiler id={name} onRender={() => (counts[name] = (counts[name] ?? 0) + 1)}>
        {node}
      </Profiler>
    );
  }
  function UnreadBadge() {
    return <span>{useUnread().count}</span>;
  }
  function MessageCount() {
    return <span>{useMessages((m) => m.length)}</span>;
  }
  function LastStatus() {
    return <span>{useMessages((m) => m.at(-1)?.status ?? 'none')}</span>;
  }
  function TypingFlag() {
    return <span>{String(useTyping())}</span>;
  }

  it('counts renders per component as the store changes', () => {
    const client = createFakeChatClient({}, { ackSends: false });
    const counts: Record<string, number> = {};
    renderWithClient(
      <>
        {counted('unread', counts, <UnreadBadge />)}
        {counted('count', counts, <MessageCount />)}
        {counted('status', counts, <LastStatus />)}
        {counted('typing', counts, <TypingFlag />)}
      </>,
      client,
    );
    expect(counts).toEqual({ unread: 1, count: 1, status: 1, typing: 1 });

    // A user message: the count and the status change; unread and typing do not.
    let id = '';
    act(() => {
      id = client.send('hi');
    });
    expect(counts).toEqual({ unread: 1, count: 2, status: 2, typing: 1 });

    // Its ack changes only the last status.
    act(() => client.store.setState((s) => ({ messages: s.messages.map((m) => (m.id === id ? { ...m, status: 'sent' as const } : m)) })));
    expect(counts).toEqual({ unread: 1, count: 2, status: 3, typing: 1 });

    // Typing changes only the typing flag.
    act(() => client.store.setState({ typing: true }));
    expect(counts).toEqual({ unread: 1, count: 2, status: 3, typing: 2 });

    // A bot message: count, status (its status is undefined: 'none') and unread.
    act(() => client.receive(msg()));
    expect(counts).toEqual({ unread: 2, count: 3, status: 4, typing: 2 });

    // An unrelated field (dropped frames) re-renders nobody.
    act(() => client.store.setState({ droppedFrames: 5 }));
    expect(counts).toEqual({ unread: 2, count: 3, status: 4, typing: 2 });
  });
});

describe('useComposer', () => {
  it('sends the trimmed draft and clears it', () => {
    const client = createFakeChatClient();
    const { result } = renderHook(() => useComposer(), { wrapper: wrapper(client) });
    expect(result.current.canSend).toBe(false);
    expect(result.current.disabledReason).toBe('empty');
    act(() => result.current.setValue('  hello  '));
    expect(result.current.canSend).toBe(true);
    let id: string | null = null;
    act(() => {
      id = result.current.submit();
    });
    expect(id).toBe('fake-1');
    expect(client.sent).toEqual([{ text: 'hello' }]);
    expect(result.current.value).toBe('');
  });

  it('accepts messages while reconnecting or offline (the outbox queues them)', () => {
    for (const connection of [
      { status: 'reconnecting' as const, attempt: 1, retryAt: 0 },
      { status: 'offline' as const },
      { status: 'connecting' as const, attempt: 1 },
    ]) {
      const client = createFakeChatClient({ connection });
      const { result } = renderHook(() => useComposer({ defaultValue: 'x' }), { wrapper: wrapper(client) });
      expect(result.current.canSend).toBe(true);
      expect(result.current.disabled).toBe(false);
    }
  });

  it('is disabled when the connection failed or closed, and sends nothing', () => {
    const client = createFakeChatClient({ connection: { status: 'failed', reason: 'Bad credentials' } });
    const { result } = renderHook(() => useComposer({ defaultValue: 'x' }), { wrapper: wrapper(client) });
    expect(result.current.disabled).toBe(true);
    expect(result.current.disabledReason).toBe('failed');
    expect(result.current.submit()).toBeNull();
    expect(client.sent).toEqual([]);
  });

  it('can be controlled', () => {
    const client = createFakeChatClient();
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useComposer({ value: 'fixed', onValueChange }), { wrapper: wrapper(client) });
    act(() => result.current.setValue('other'));
    expect(onValueChange).toHaveBeenCalledWith('other');
    expect(result.current.value).toBe('fixed');
  });
});
