import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ChatProvider } from '../provider/ChatProvider';
import { msg } from '../test/fixtures';
import { createFakeChatClient } from '../testing/fake-client';
import { useAnswered } from './actions';

describe('useAnswered', () => {
  it('remembers an answer per client: two windows with the same message never share it', () => {
    const message = msg({ id: 'same-id' });
    const part = message.parts[0] as object;
    const a = createFakeChatClient();
    const b = createFakeChatClient();
    const wrap = (client: typeof a) => ({ children }: { children: ReactNode }) => <ChatProvider client={client}>{children}</ChatProvider>;
    const first = renderHook(() => useAnswered(message, part), { wrapper: wrap(a) });
    const second = renderHook(() => useAnswered(message, part), { wrapper: wrap(b) });
    act(() => first.result.current[1]());
    expect(first.result.current[0]).toBe(true);
    expect(second.result.current[0]).toBe(false);
    // The same client remounting (a virtualized row) still knows.
    const again = renderHook(() => useAnswered(message, part), { wrapper: wrap(a) });
    expect(again.result.current[0]).toBe(true);
  });
});
