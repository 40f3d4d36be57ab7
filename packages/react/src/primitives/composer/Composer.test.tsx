import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderWithClient } from '../../test/render';
import { createFakeChatClient } from '../../testing/fake-client';
import { ChatComposer as Composer } from './ChatComposer';
import { ComposerInput } from './ComposerInput';
import { ComposerRoot } from './ComposerRoot';
import { ComposerSend } from './ComposerSend';

describe('Composer', () => {
  it('sends on Enter, breaks the line on Shift+Enter, and clears the draft', async () => {
    const client = createFakeChatClient();
    const { container } = renderWithClient(<Composer />, client);
    const input = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(input).toHaveValue('line one\nline two');
    expect(client.sent).toEqual([]);
    await userEvent.type(input, '{Enter}');
    expect(client.sent).toEqual([{ text: 'line one\nline two' }]);
    expect(input).toHaveValue('');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('does not send while an IME composition is in progress', () => {
    const client = createFakeChatClient();
    renderWithClient(<Composer />, client);
    const input = screen.getByRole('textbox');
    fireEvent.change(input, { target: { value: 'にほん' } });
    fireEvent.compositionStart(input);
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    expect(client.sent).toEqual([]);
  });

  it('sends with the send button, which has an accessible name and is disabled while empty', async () => {
    const client = createFakeChatClient();
    renderWithClient(<Composer />, client);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox'), 'hi');
    expect(send).toBeEnabled();
    await userEvent.click(send);
    expect(client.sent).toEqual([{ text: 'hi' }]);
  });

  it('keeps typing and sending while reconnecting (messages queue)', async () => {
    const client = createFakeChatClient({ connection: { status: 'reconnecting', attempt: 1, retryAt: Date.now() + 5000 } });
    renderWithClient(<Composer />, client);
    await userEvent.type(screen.getByRole('textbox'), 'queued{Enter}');
    expect(client.sent).toEqual([{ text: 'queued' }]);
  });

  it('is disabled and says why when the connection failed', () => {
    const client = createFakeChatClient({ connection: { status: 'failed', reason: 'Invalid bot' } });
    const { container } = renderWithClient(<Composer />, client);
    const input = screen.getByRole('textbox');
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription('Cannot send: the chat could not connect.');
    expect(container.querySelector('form')).toHaveAttribute('data-state', 'disabled');
  });

  it('composes from parts with an asChild send button and an attachment slot', async () => {
    const client = createFakeChatClient();
    renderWithClient(
      <ComposerRoot className="custom">
        <ComposerInput placeholder="Ask" />
        <ComposerSend asChild>
          <button type="submit" className="mine">
            Go
          </button>
        </ComposerSend>
      </ComposerRoot>,
      client,
    );
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button).toHaveClass('xo-composer__send', 'mine');
    await userEvent.type(screen.getByPlaceholderText('Ask'), 'x');
    await userEvent.click(button);
    expect(client.sent).toEqual([{ text: 'x' }]);
  });

  it('gives the attachment render prop the composer', async () => {
    const client = createFakeChatClient();
    renderWithClient(
      <Composer
        attachments={(composer) => (
          <button type="button" onClick={() => composer.setValue(`${composer.value} https://example.com/a.pdf`)}>
            Attach
          </button>
        )}
      />,
      client,
    );
    await act(async () => userEvent.click(screen.getByRole('button', { name: 'Attach' })));
    expect(screen.getByRole('textbox')).toHaveValue(' https://example.com/a.pdf');
  });
});
