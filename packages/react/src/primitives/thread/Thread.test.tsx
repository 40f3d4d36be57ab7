import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '../../test/fixtures';
import { fakeLayout } from '../../test/layout';
import { axeViolations, renderWithClient } from '../../test/render';
import { createFakeChatClient } from '../../testing/fake-client';
import { ChatThread as Thread } from './ChatThread';
import { useThread } from './context';
import type { ThreadContextValue } from './context';
import { ThreadRoot } from './ThreadRoot';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => restore());

function day(d: number, h: number) {
  return new Date(2026, 0, d, h, 0).getTime();
}

describe('Thread', () => {
  it('is a labelled, focusable log with date separators and grouped messages', async () => {
    const client = createFakeChatClient({
      messages: [
        msg({ id: 'a', createdAt: day(1, 9), text: 'first' }),
        msg({ id: 'b', createdAt: day(1, 9) + 1000, text: 'second' }),
        msg({ id: 'c', createdAt: day(2, 9), from: 'user', text: 'next day', status: 'sent' }),
      ],
    });
    const { container } = renderWithClient(<Thread className="t" />, client);
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(log).toHaveAttribute('tabindex', '0');
    expect(log).toHaveAttribute('aria-live', 'off');
    expect(container.querySelectorAll('.xo-day-separator')).toHaveLength(2);
    expect(container.querySelector('.xo-thread__start')).toHaveTextContent('Start of the conversation');
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => a.getAttribute('data-grouped'))).toEqual([null, 'true', null]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders only a window of a long transcript', () => {
    const messages = Array.from({ length: 5000 }, (_, i) => msg({ id: `m-${i}`, createdAt: day(3, 8) + i * 60_000 }));
    const { container } = renderWithClient(<Thread />, createFakeChatClient({ messages }));
    const rendered = container.querySelectorAll('.xo-thread__row').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
  });

  it('reads a screen of a long transcript to mount, and about a row for an append, not every message', () => {
    // Every row built reads its message's time (and the one before's): count the messages whose time was read.
    const read = new Set<string>();
    const timed = (id: string, at: number) => {
      const m = msg({ id, createdAt: at });
      Object.defineProperty(m, 'createdAt', { get: () => (read.add(id), at), enumerable: true });
      return m;
    };
    const messages = Array.from({ length: 5000 }, (_, i) => timed(`m-${i}`, day(3, 8) + i * 60_000));
    const client = createFakeChatClient({ messages });
    read.clear();
    renderWithClient(<Thread />, client);
    expect(read.size).toBeGreaterThan(0);
    expect(read.size).toBeLessThan(120);
    read.clear();
    act(() => client.receive(timed('new', day(3, 8) + 5000 * 60_000)));
    expect(read.size).toBeLessThan(60);
  });

  it('gives useThread() the rows by index, and every row as an array when asked, the same row objects', () => {
    let seen: ThreadContextValue | undefined;
    function Probe() {
      seen = useThread();
      return null;
    }
    const messages = [msg({ id: 'a', createdAt: day(4, 9) }), msg({ id: 'b', createdAt: day(4, 9) + 1000 }), msg({ id: 'c', createdAt: day(5, 9) })];
    renderWithClient(
      <ThreadRoot>
        <Probe />
      </ThreadRoot>,
      createFakeChatClient({ messages, history: { status: 'idle', hasMore: true, loadedInitial: true } }),
    );
    const value = seen as ThreadContextValue;
    expect(value.rowList.length).toBe(3);
    const rows = value.rows;
    expect(rows.map((r) => (r.kind === 'message' ? `${r.key}${r.dayStart ? '|day' : ''}${r.grouped ? '+' : ''}` : r.kind))).toEqual(['a|day', 'b+', 'c|day']);
    rows.forEach((row, i) => expect(value.rowList.at(i)).toBe(row));
    expect(value.rows).toBe(rows);
  });

  it('announces live bot messages in a hidden live region, not history or the user’s own', () => {
    const client = createFakeChatClient({ messages: [msg({ text: 'old', fromHistory: true })] });
    const { container } = renderWithClient(<Thread botName="Wayfarer" />, client);
    const region = container.querySelector('[data-xo-announcer]');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    act(() => client.receive(msg({ text: 'from history', fromHistory: true })));
    act(() => client.receive(msg({ from: 'user', text: 'mine' })));
    expect(region).toHaveTextContent('');
    act(() => client.receive(msg({ text: 'Your flight is on time.' })));
    expect(region).toHaveTextContent('Wayfarer says: Your flight is on time.');
  });

  it('asks for older pages while the transcript does not fill the viewport', async () => {
    const client = createFakeChatClient({
      messages: [msg()],
      history: { status: 'idle', hasMore: true, loadedInitial: true },
    });
    renderWithClient(<Thread />, client);
    await waitFor(() => expect(client.calls.some((c) => c.method === 'loadOlder')).toBe(true));
    expect(screen.getByRole('button', { name: 'Load earlier messages' })).toBeInTheDocument();
  });

  it('shows loading and history errors with a retry', async () => {
    const client = createFakeChatClient({
      messages: [msg()],
      history: { status: 'loading', hasMore: true, loadedInitial: true },
    });
    renderWithClient(<Thread />, client);
    expect(screen.getByText('Loading earlier messages…')).toBeInTheDocument();
    act(() => client.store.setState({ history: { status: 'error', hasMore: true, loadedInitial: true, error: 'Timed out.' } }));
    expect(screen.getByText(/Timed out\./)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Retry' }).click());
    expect(client.calls.filter((c) => c.method === 'loadOlder')).toHaveLength(1);
  });

  it('shows an empty state and a custom message renderer', () => {
    const client = createFakeChatClient();
    renderWithClient(<Thread empty={<span>Say hello</span>} renderMessage={(m) => <p data-testid="custom">{m.id}</p>} />, client);
    expect(screen.getByText('Say hello')).toBeInTheDocument();
    act(() => client.receive(msg({ id: 'zz' })));
    expect(screen.getByTestId('custom')).toHaveTextContent('zz');
  });
});
