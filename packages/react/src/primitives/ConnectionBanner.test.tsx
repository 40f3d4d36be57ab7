import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderWithClient } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { ConnectionBanner } from './ConnectionBanner';

afterEach(() => vi.useRealTimers());

describe('ConnectionBanner', () => {
  it('is hidden while open', () => {
    const { container } = renderWithClient(<ConnectionBanner />, createFakeChatClient());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'hidden');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts down to the next attempt and reconnects now on request', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const client = createFakeChatClient({ connection: { status: 'reconnecting', attempt: 3, retryAt: 1_000_000 + 4_500 } });
    const { container } = renderWithClient(<ConnectionBanner />, client);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'reconnecting');
    expect(screen.getByText('Connection lost. Reconnecting in 5 s.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText('Connection lost. Reconnecting in 3 s.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting…');
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(client.calls).toEqual([{ method: 'reconnectNow', args: [] }]);
    vi.useRealTimers();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when offline and when the connection failed, in a sentence for people (the reason is for onDiagnostic), with Try again', () => {
    const client = createFakeChatClient({ connection: { status: 'offline' } });
    renderWithClient(<ConnectionBanner />, client);
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');
    act(() => client.store.setState({ connection: { status: 'failed', reason: 'The bot st-x does not exist.' } }));
    expect(screen.getByRole('status')).toHaveTextContent('The chat cannot connect right now. Try again in a moment.');
    expect(document.body).not.toHaveTextContent('st-x');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(client.calls).toEqual([{ method: 'reconnectNow', args: [] }]);
  });

  it('shows what the platform says while the connection is fine: the bot unreachable, an error frame', () => {
    const client = createFakeChatClient();
    const { container } = renderWithClient(<ConnectionBanner />, client);
    act(() => client.store.setState({ notice: { type: 'botKitUnreachable', message: 'BotKit down', at: 1 } }));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'notice');
    expect(screen.getByRole('status')).toHaveTextContent('The bot cannot answer right now.');
    act(() => client.store.setState({ notice: { type: 'error', message: '<b>Quota</b> exceeded', at: 2 } }));
    expect(screen.getByRole('status')).toHaveTextContent('The chat service had a problem. Try again in a moment.');
    expect(document.body).not.toHaveTextContent('Quota');
    expect(container.querySelector('b')).toBeNull();
    act(() => client.store.setState({ notice: null }));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'hidden');
  });
});
