// Windows assembled from the public entry alone: what an app that forks nothing can build.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, StrictMode, useRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeLayout, flushLayout } from '../test/layout';
import { msg } from '../test/fixtures';
import { axeViolations } from '../test/render';
import { createFakeChatClient } from '../testing';
import { ChatProvider, ChatWindow, Composer, Header, Launcher, Message, Thread, useChatWindow, useMessageContext, useThread } from '../index';
import type { ChatMessageProps, HeaderProps, LauncherProps } from '../index';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
  localStorage.clear();
});
afterEach(() => restore());

function BrandHeader({ title }: HeaderProps) {
  const win = useChatWindow();
  return (
    <Header asChild>
      <header data-testid="brand-header">
        <h2 id={win?.titleId}>{title ?? win?.title} by Acme</h2>
        <button type="button" onClick={win?.close}>
          Done
        </button>
      </header>
    </Header>
  );
}

function SquareBubble({ message, grouped }: ChatMessageProps) {
  return (
    <Message.Root message={message} grouped={grouped} className="acme-message">
      <Message.Bubble asChild>
        <blockquote data-testid="acme-bubble">
          <Message.Content />
        </blockquote>
      </Message.Bubble>
      <Message.Status />
    </Message.Root>
  );
}

describe('a window from the public parts', () => {
  it('ChatWindow takes a custom header and bubble through components; events, status and retry still work', async () => {
    const client = createFakeChatClient({
      messages: [msg({ from: 'bot', text: 'Hello there' }), msg({ from: 'user', text: 'lost one', status: 'failed', error: 'Not delivered: Bot is disabled' })],
    });
    const user = userEvent.setup();
    const { container } = render(<ChatWindow client={client} title="Wayfarer" persistKey={null} components={{ Header: BrandHeader, Message: SquareBubble }} />);
    await user.click(screen.getByRole('button', { name: 'Open chat' }));
    flushLayout();
    expect(screen.getByTestId('brand-header')).toHaveClass('xo-header');
    expect(screen.getByRole('dialog', { name: 'Wayfarer by Acme' })).toBeInTheDocument();
    const bubbles = screen.getAllByTestId('acme-bubble');
    expect(bubbles.map((b) => b.textContent)).toEqual(['Hello there', 'lost one']);
    expect(bubbles[0]).toHaveClass('xo-message__bubble');
    expect(bubbles[0]?.closest('article')).toHaveAttribute('data-state', 'received');
    const failed = bubbles[1]?.closest('article');
    expect(failed).toHaveAttribute('data-state', 'failed');
    await user.click(within(failed as HTMLElement).getByRole('button', { name: 'Retry' }));
    expect(client.calls).toContainEqual({ method: 'retry', args: [failed?.getAttribute('data-message-id')] });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus returns to the launcher, as with the ready header.
    expect(screen.getByRole('button', { name: 'Open chat' })).toHaveFocus();
  });

  it('replaces Avatar, Launcher, Composer and EmptyState', async () => {
    const client = createFakeChatClient();
    const AcmeLauncher = forwardRef<HTMLButtonElement, LauncherProps>(function AcmeLauncher(props, ref) {
      return (
        <Launcher {...props} ref={ref} className="acme-launcher">
          Help
        </Launcher>
      );
    });
    const user = userEvent.setup();
    render(
      <ChatWindow
        client={client}
        title="Wayfarer"
        persistKey={null}
        components={{
          Launcher: AcmeLauncher,
          Avatar: () => <span data-testid="acme-avatar" />,
          EmptyState: ({ title }) => <p>Ask {title} anything</p>,
          Composer: ({ value, onValueChange }) => (
            <Composer.Root {...(value === undefined ? {} : { value })} {...(onValueChange ? { onValueChange } : {})}>
              <Composer.Input placeholder="Type here" />
              <Composer.Send>Go</Composer.Send>
            </Composer.Root>
          ),
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Help/ }));
    flushLayout();
    expect(screen.getByText('Ask Wayfarer anything')).toBeInTheDocument();
    expect(screen.getByTestId('acme-avatar')).toBeInTheDocument(); // the header's
    await user.type(screen.getByPlaceholderText('Type here'), 'hi{Enter}');
    expect(client.sent).toEqual([{ text: 'hi' }]);
    act(() => client.store.setState({ messages: [msg({ from: 'bot', text: 'Hello' })] }));
    flushLayout();
    expect(screen.queryByText('Ask Wayfarer anything')).toBeNull();
    expect(screen.getAllByTestId('acme-avatar')).toHaveLength(2); // and the message's
  });

  it('assembles a whole window by hand from Thread.*, Message.* and Composer.*, under StrictMode', async () => {
    const client = createFakeChatClient({ messages: [msg({ from: 'bot', text: 'Welcome aboard' })] });
    function HandMade() {
      const [draft, setDraft] = useState('');
      const viewport = useRef<HTMLDivElement | null>(null);
      return (
        <ChatProvider client={client}>
          <div className="xo-root" data-theme="light">
            <Header title="Hand made" />
            <Thread.Root>
              <Thread.LoadOlder />
              <Thread.Viewport ref={viewport} data-testid="viewport">
                <Thread.Empty>Nothing yet</Thread.Empty>
                <Thread.Messages renderMessage={(message) => <Line id={message.id} />} />
              </Thread.Viewport>
              <Thread.JumpToLatest />
              <Count />
            </Thread.Root>
            <Composer.Root value={draft} onValueChange={setDraft}>
              <Composer.Input />
              <Composer.Send />
            </Composer.Root>
            <output data-testid="viewport-ref">{viewport.current ? 'set' : ''}</output>
          </div>
        </ChatProvider>
      );
    }
    function Count() {
      return <span data-testid="count">{useThread().messages.length}</span>;
    }
    function Line({ id }: { id: string }) {
      const messages = useThread().messages;
      const message = messages.find((m) => m.id === id);
      return message ? (
        <Message.Root message={message}>
          <Message.Bubble />
          <Sender />
          <Message.Time />
        </Message.Root>
      ) : null;
    }
    function Sender() {
      return <i>{useMessageContext('Sender').sender}</i>;
    }
    const user = userEvent.setup();
    render(
      <StrictMode>
        <HandMade />
      </StrictMode>,
    );
    flushLayout();
    expect(screen.getByRole('heading', { name: 'Hand made' })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: 'Conversation' })).toBe(screen.getByTestId('viewport'));
    expect(screen.getByRole('article', { name: client.botInfo.chatBot })).toHaveTextContent('Welcome aboard');
    expect(screen.getByTestId('count')).toHaveTextContent('1');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'one{Enter}');
    expect(client.sent).toEqual([{ text: 'one' }]);
  });

  it('parts say where they belong when used outside their root', () => {
    const client = createFakeChatClient();
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<ChatProvider client={client}><Message.Bubble /></ChatProvider>)).toThrow(/<Message.Bubble> must be inside <Message.Root/);
      expect(() => render(<ChatProvider client={client}><Thread.Messages /></ChatProvider>)).toThrow(/must be inside <Thread.Root>/);
      expect(() => render(<ChatProvider client={client}><Composer.Send /></ChatProvider>)).toThrow(/must be inside <Composer.Root>/);
    } finally {
      console.error = quiet;
    }
  });
});
