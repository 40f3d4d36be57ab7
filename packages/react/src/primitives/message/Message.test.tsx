import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { msg } from '../../test/fixtures';
import { axeViolations, renderWithClient } from '../../test/render';
import { createFakeChatClient } from '../../testing/fake-client';
import { ChatI18nProvider } from '../../i18n/context';
import { de } from '../../i18n/de';
import { ChatMessage as Message } from './ChatMessage';

describe('Message', () => {
  it('shows a bot message with its avatar, markdown text and a locale time', async () => {
    const client = createFakeChatClient();
    const m = msg({ from: 'bot', text: 'Hello *there*', createdAt: new Date(2026, 0, 1, 14, 30).getTime() });
    const { container } = renderWithClient(<Message message={m} botName="Wayfarer" className="mine" />, client);
    const article = screen.getByRole('article', { name: 'Wayfarer' });
    expect(article).toHaveAttribute('data-from', 'bot');
    expect(article).toHaveClass('xo-message', 'mine');
    expect(container.querySelector('.xo-message__bubble')).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('strong')).toHaveTextContent('there');
    // The time fills in after the first paint (see i18n/intl-ready.ts).
    await waitFor(() => expect(container.querySelector('time')).toHaveTextContent(/2:30\sPM/));
    expect(container.querySelector('.xo-avatar__initial')).toHaveTextContent('W');
  });

  it('shows times in the window’s locale', async () => {
    const client = createFakeChatClient();
    const m = msg({ createdAt: new Date(2026, 0, 1, 14, 30).getTime() });
    const { container } = renderWithClient(
      <ChatI18nProvider locale="de" locales={[de]}>
        <Message message={m} />
      </ChatI18nProvider>,
      client,
    );
    await waitFor(() => expect(container.querySelector('time')).toHaveTextContent('14:30'));
  });

  it('shows delivery status and retries a failed message with the same id', async () => {
    const client = createFakeChatClient();
    const failed = msg({ id: 'u1', from: 'user', status: 'failed', error: 'No answer from the platform' });
    const { container } = renderWithClient(<Message message={failed} />, client);
    expect(container.querySelector('.xo-message')).toHaveAttribute('data-status', 'failed');
    expect(screen.getByText('Not sent')).toHaveAttribute('title', 'No answer from the platform');
    // The reason is on screen, and describes the Retry button for screen readers.
    expect(screen.getByText('No answer from the platform')).toHaveClass('xo-message__error');
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveAccessibleDescription('No answer from the platform');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(client.calls).toEqual([{ method: 'retry', args: ['u1'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('an unconfirmed message says so and offers a retry that checks history first', async () => {
    const client = createFakeChatClient();
    const unsure = msg({ id: 'u2', from: 'user', status: 'unconfirmed', error: 'Not confirmed: history could not be read' });
    const { container } = renderWithClient(<Message message={unsure} />, client);
    expect(container.querySelector('.xo-message')).toHaveAttribute('data-status', 'unconfirmed');
    expect(screen.getByText('Not confirmed')).toHaveAttribute('title', 'Not confirmed: history could not be read');
    await userEvent.click(screen.getByRole('button', { name: 'Check and resend' }));
    expect(client.calls).toEqual([{ method: 'retry', args: ['u2'] }]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('hides the avatar of a grouped message and marks it', () => {
    const client = createFakeChatClient();
    const { container } = renderWithClient(<Message message={msg()} grouped />, client);
    expect(container.querySelector('.xo-message')).toHaveAttribute('data-grouped', 'true');
    expect(container.querySelector('.xo-avatar--spacer')).not.toBeNull();
  });

  it('shows a sending message without a retry button', () => {
    const client = createFakeChatClient();
    renderWithClient(<Message message={msg({ from: 'user', status: 'sending' })} />, client);
    expect(screen.getByText('Sending…')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
