import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeLayout } from '../test/layout';
import { msg } from '../test/fixtures';
import { renderWithClient } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from '../window/ChatWindow';
import { Launcher } from '../window/Launcher';
import * as Composer from './composer/parts';
import * as Message from './message/parts';
import * as Thread from './thread/parts';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
  localStorage.clear();
});
afterEach(() => restore());

describe('parts', () => {
  it('each Message part takes asChild, a ref, className and its element props, and says its state', () => {
    const failed = msg({ from: 'user', text: 'nope', status: 'failed', error: 'Not delivered' });
    const refs = { root: createRef<HTMLElement>(), bubble: createRef<HTMLDivElement>(), time: createRef<HTMLTimeElement>(), status: createRef<HTMLSpanElement>() };
    renderWithClient(
      <Message.Root message={failed} ref={refs.root} asChild className="mine" data-testid="root">
        <li>
          <Message.Bubble ref={refs.bubble} className="b" title="bubble">
            <Message.Content />
          </Message.Bubble>
          <Message.Time ref={refs.time} />
          <Message.Status ref={refs.status} asChild>
            <div />
          </Message.Status>
        </li>
      </Message.Root>,
      createFakeChatClient(),
    );
    const root = screen.getByTestId('root');
    expect(root.tagName).toBe('LI');
    expect(refs.root.current).toBe(root);
    expect(root).toHaveClass('xo-message', 'mine');
    expect(root).toHaveAttribute('data-state', 'failed');
    expect(refs.bubble.current).toHaveAttribute('title', 'bubble');
    expect(refs.bubble.current).toHaveAttribute('data-state', 'complete');
    expect(refs.bubble.current).toHaveTextContent('nope');
    expect(refs.time.current?.tagName).toBe('TIME');
    // asChild with an empty element: the status's own content goes inside it.
    expect(refs.status.current?.tagName).toBe('DIV');
    expect(refs.status.current).toHaveAttribute('data-state', 'failed');
    expect(refs.status.current).toHaveTextContent('Not delivered');
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveAccessibleDescription('Not delivered');
  });

  it('Message.Status shows nothing for messages that are not the user’s', () => {
    renderWithClient(
      <Message.Root message={msg({ from: 'bot', text: 'hi' })}>
        <Message.Status data-testid="status" />
      </Message.Root>,
      createFakeChatClient(),
    );
    expect(screen.queryByTestId('status')).toBeNull();
  });

  it('Thread parts share the root’s state; Empty shows only without messages; JumpToLatest only while scrolled up', () => {
    const client = createFakeChatClient();
    const viewport = createRef<HTMLDivElement>();
    renderWithClient(
      <Thread.Root data-testid="root">
        <Thread.LoadOlder data-testid="edge" />
        <Thread.Viewport ref={viewport}>
          <Thread.Empty>Say hello</Thread.Empty>
          <Thread.Messages />
        </Thread.Viewport>
        <Thread.JumpToLatest />
      </Thread.Root>,
      client,
    );
    expect(screen.getByTestId('root')).toHaveAttribute('data-state', 'at-bottom');
    expect(viewport.current).toBe(screen.getByRole('log'));
    expect(screen.getByText('Say hello')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('button', { name: /Jump to latest/ })).toBeNull();
    act(() => client.store.setState({ messages: [msg({ text: 'first' })] }));
    expect(screen.queryByText('Say hello')).toBeNull();
    expect(screen.getByText('first')).toBeInTheDocument();
  });

  it('Composer parts: controlled draft, asChild send, refs', async () => {
    const client = createFakeChatClient();
    const input = createRef<HTMLTextAreaElement>();
    function Controlled() {
      const [draft, setDraft] = useState('start');
      return (
        <>
          <Composer.Root value={draft} onValueChange={setDraft} data-testid="form">
            <Composer.Input ref={input} />
            <Composer.Send asChild>
              <button type="submit">Fly</button>
            </Composer.Send>
          </Composer.Root>
          <output data-testid="draft">{draft}</output>
        </>
      );
    }
    renderWithClient(<Controlled />, client);
    expect(input.current).toHaveValue('start');
    expect(screen.getByTestId('form')).toHaveAttribute('data-state', 'ready');
    await userEvent.type(input.current as HTMLTextAreaElement, '!');
    expect(screen.getByTestId('draft')).toHaveTextContent('start!');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(client.sent).toEqual([{ text: 'start!' }]);
    expect(screen.getByTestId('draft')).toHaveTextContent('');
    expect(screen.getByTestId('form')).toHaveAttribute('data-state', 'empty');
  });

  it('Launcher works outside a window with open and onOpenChange', async () => {
    const client = createFakeChatClient({ unread: 2 });
    function Outside() {
      const [open, setOpen] = useState(false);
      return <Launcher open={open} onOpenChange={setOpen} />;
    }
    renderWithClient(<Outside />, client);
    const button = screen.getByRole('button', { name: 'Open chat (2 unread)' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('data-state', 'open');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('ChatWindow’s draft can be controlled', async () => {
    const client = createFakeChatClient();
    const seen: string[] = [];
    render(<ChatWindow client={client} mode="inline" draft="from the app" onDraftChange={(d) => seen.push(d)} />);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('from the app');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '?');
    expect(seen).toEqual(['from the app?']);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('from the app');
  });
});

describe('Thread.Announcer', () => {
  it('speaks a streamed answer once, whole, when its last chunk arrives', () => {
    const client = createFakeChatClient();
    const { container } = renderWithClient(<Thread.Announcer botName="Wayfarer" />, client);
    const region = () => container.querySelector('[data-xo-announcer]');
    const first = msg({ id: 's1', from: 'bot', text: 'Your flight', streaming: true });
    act(() => client.receive(first));
    expect(region()?.textContent).toBe('');
    act(() => client.store.setState({ messages: [{ ...first, parts: [{ type: 'text', text: 'Your flight is on' }] }] }));
    expect(region()?.textContent).toBe('');
    const done = { ...first, parts: [{ type: 'text' as const, text: 'Your flight is on time.' }] };
    delete done.streaming;
    act(() => client.store.setState({ messages: [done] }));
    expect(region()).toHaveTextContent('Wayfarer says: Your flight is on time.');
    act(() => client.receive(msg({ from: 'bot', text: 'Anything else?' })));
    expect(region()).toHaveTextContent('Wayfarer says: Anything else?');
  });
});
