import type { Message } from '@xo-chat/core';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChatI18nProvider } from '../i18n/context';
import { fr } from '../i18n/fr';
import { ChatComposer as Composer } from '../primitives/composer/ChatComposer';
import { ChatMessage as MessageView } from '../primitives/message/ChatMessage';
import { axeViolations, renderWithClient } from '../test/render';
import { MessageParts } from '../templates/MessageParts';
import { createFakeChatClient } from '../testing/fake-client';
import { ComposerAttach } from './ComposerAttach';

const file = (name: string, type: string) => new File(['x'.repeat(10)], name, { type });

function upload(id: string, name: string, state: NonNullable<Message['upload']>, error?: string): Message {
  const m: Message = {
    id,
    from: 'user',
    createdAt: 1,
    parts: [{ type: 'attachment', kind: 'file', url: '', name }],
    clientMessageId: id,
    status: state.status === 'failed' ? 'failed' : 'sending',
    upload: state,
  };
  if (error) m.error = error;
  return m;
}

function setup(messages: Message[] = []) {
  const client = createFakeChatClient({ messages });
  const view = renderWithClient(
    <div className="xo-root">
      <section className="xo-window" aria-label="Chat">
        <Composer attachments={<ComposerAttach accept={['image/*', '.pdf']} />} />
      </section>
    </div>,
    client,
  );
  return { client, ...view };
}

describe('ComposerAttach', () => {
  it('is a named button that opens the picker; the chosen files go to sendFile and show as chips with progress', async () => {
    const { client, container } = setup();
    const button = screen.getByRole('button', { name: 'Attach a file' });
    const picker = container.querySelector<HTMLInputElement>('input[type="file"]');
    expect(picker).toHaveAttribute('accept', 'image/*,.pdf');
    expect(picker).toHaveAttribute('multiple');
    button.focus();
    await userEvent.keyboard('{Enter}'); // the picker opens (jsdom does nothing more)
    await userEvent.upload(picker as HTMLInputElement, [file('photo.png', 'image/png'), file('notes.pdf', 'application/pdf')]);
    expect(client.calls.filter((c) => c.method === 'sendFile').map((c) => (c.args[0] as File).name)).toEqual(['photo.png', 'notes.pdf']);
    const chips = screen.getByRole('list', { name: 'Files being sent' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(2);
    const bar = screen.getByRole('progressbar', { name: 'Uploading photo.png' });
    expect(bar).toHaveAttribute('aria-valuetext', '0%');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel photo.png' }));
    expect(client.calls.at(-1)).toEqual({ method: 'cancelUpload', args: [expect.stringMatching(/^fake-file-/)] });
    expect(screen.queryByRole('progressbar', { name: 'Uploading photo.png' })).toBeNull();
  }, 20_000); // axe on a loaded machine

  it('shows progress as it changes, and leaves the list once uploaded', () => {
    const { client } = setup([upload('u1', 'big.pdf', { status: 'uploading', progress: 0.42 })]);
    expect(screen.getByRole('progressbar', { name: 'Uploading big.pdf' })).toHaveAttribute('aria-valuetext', '42%');
    act(() => client.store.setState({ messages: [upload('u1', 'big.pdf', { status: 'done', progress: 1 })] }));
    expect(screen.queryByRole('list', { name: 'Files being sent' })).toBeNull();
  });

  it('a failed upload says so with Try again and Remove; a refused one with the limit and Remove only', async () => {
    const { client, container } = setup([
      upload('u1', 'scan.pdf', { status: 'failed', progress: 0.5, error: 'x' }, '"scan.pdf" was not sent: upload chunk failed (HTTP 500). Try again.'),
      upload('u2', 'run.exe', { status: 'failed', progress: 0, refused: 'type', error: '"run.exe" is not a type this chat accepts (image/*, .pdf). Choose a file of one of those types.' }, 'refused'),
      upload('u3', 'old.pdf', { status: 'failed', progress: 0, lost: true }, 'Not sent: "old.pdf" was still uploading when the page closed, and the file went with it. Attach it again.'),
    ]);
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('scan.pdf was not sent.');
    expect(alerts[0]).toHaveTextContent('(HTTP 500)');
    expect(alerts[1]).toHaveTextContent('run.exe is not a type this chat accepts. Choose another file.');
    expect(alerts[1]).toHaveTextContent('(image/*, .pdf)');
    await userEvent.click(screen.getByRole('button', { name: 'Try scan.pdf again' }));
    expect(client.calls.at(-1)).toEqual({ method: 'retry', args: ['u1'] });
    expect(screen.queryByRole('button', { name: 'Try run.exe again' })).toBeNull();
    expect(alerts[2]).toHaveTextContent('old.pdf was still uploading when the page closed. Attach it again.');
    expect(screen.queryByRole('button', { name: 'Try old.pdf again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove old.pdf' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove run.exe' }));
    expect(client.calls.at(-1)).toEqual({ method: 'cancelUpload', args: ['u2'] });
    expect(await axeViolations(container)).toEqual([]);
  }, 20_000);

  it('sends files dropped on the window (with a drop hint meanwhile) and files pasted into the input', () => {
    const { client, container } = setup();
    const win = container.querySelector('.xo-window') as HTMLElement;
    const dropped = file('drop.png', 'image/png');
    const dataTransfer = { types: ['Files'], files: [dropped], dropEffect: 'none' };
    fireEvent.dragEnter(win, { dataTransfer });
    expect(win).toHaveAttribute('data-dragging');
    fireEvent.dragOver(win, { dataTransfer });
    fireEvent.drop(win, { dataTransfer });
    expect(win).not.toHaveAttribute('data-dragging');
    const pasted = file('paste.png', 'image/png');
    fireEvent.paste(screen.getByRole('textbox'), { clipboardData: { files: [pasted], types: ['Files'] } });
    expect(client.calls.filter((c) => c.method === 'sendFile').map((c) => (c.args[0] as File).name)).toEqual(['drop.png', 'paste.png']);
    // Text pastes as text.
    fireEvent.paste(screen.getByRole('textbox'), { clipboardData: { files: [], types: ['text/plain'] } });
    expect(client.calls.filter((c) => c.method === 'sendFile')).toHaveLength(2);
  });

  it('speaks the bundle’s language', () => {
    const client = createFakeChatClient({ messages: [upload('u1', 'a.pdf', { status: 'uploading', progress: 0.1 })] });
    renderWithClient(
      <ChatI18nProvider locale="fr" locales={[fr]}>
        <Composer attachments={<ComposerAttach />} />
      </ChatI18nProvider>,
      client,
    );
    expect(screen.getByRole('button', { name: 'Joindre un fichier' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Envoi de a.pdf' })).toBeInTheDocument();
  });

  it('the bubble of a refused or lost file offers no Retry; a failed upload’s does', () => {
    const client = createFakeChatClient();
    renderWithClient(
      <>
        <MessageView message={upload('u1', 'a.exe', { status: 'failed', progress: 0, refused: 'type' }, 'refused')} />
        <MessageView message={upload('u2', 'b.pdf', { status: 'failed', progress: 0, lost: true }, 'lost')} />
        <MessageView message={upload('u3', 'c.pdf', { status: 'failed', progress: 0.5 }, 'HTTP 500')} />
      </>,
      client,
    );
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
  });

  it('the user’s bubble shows the file’s name while it uploads, and the file once uploaded', () => {
    const client = createFakeChatClient();
    const pending = upload('u1', 'photo.png', { status: 'uploading', progress: 0.3 });
    const { container, rerender } = renderWithClient(<MessageParts message={pending} />, client);
    expect(container.querySelector('.xo-attachment--pending')).toHaveTextContent('photo.png');
    const done: Message = { ...pending, status: 'sent', upload: { status: 'done', progress: 1 }, parts: [{ type: 'attachment', kind: 'image', url: 'https://files.example/photo.png', name: 'photo.png' }] };
    rerender(<MessageParts message={done} />);
    expect(screen.getByRole('img', { name: 'photo.png' })).toHaveAttribute('src', 'https://files.example/photo.png');
  });
});
