import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msg, quickRepliesMessage } from '../test/fixtures';
import { fakeLayout } from '../test/layout';
import { axeViolations } from '../test/render';
import { ar } from '../i18n/ar';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from './ChatWindow';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
  localStorage.clear();
});
afterEach(() => restore());

describe('ChatWindow floating', () => {
  it('keeps the draft when the window is minimised and opened again', async () => {
    const client = createFakeChatClient();
    const user = userEvent.setup();
    render(<ChatWindow client={client} title="Wayfarer" persistKey={null} />);
    await user.click(screen.getByRole('button', { name: 'Open chat' }));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'half a thought');
    await user.click(screen.getByRole('button', { name: 'Minimize chat' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open chat' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('half a thought');
    await user.keyboard('{Enter}');
    expect(client.sent).toEqual([{ text: 'half a thought' }]);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  });

  it("moves focus to the composer after a template's button is used", async () => {
    const buttons = msg({
      parts: [
        {
          type: 'template',
          templateType: 'button',
          fallbackText: 'Pick a seat',
          payload: { template_type: 'button', text: 'Pick a seat', buttons: [{ type: 'postback', title: 'Aisle', payload: 'AISLE' }] },
        },
      ],
    });
    const client = createFakeChatClient({ messages: [buttons] });
    render(<ChatWindow client={client} title="Wayfarer" mode="inline" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Aisle' }));
    expect(client.sent).toEqual([{ text: 'AISLE', renderMsg: 'Aisle' }]);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus();
  });

  it("says Offline in the header in the window's language, not a cut sentence", () => {
    const client = createFakeChatClient({ connection: { status: 'offline' } });
    render(<ChatWindow client={client} title="Wayfarer" mode="inline" locale="ar" locales={[ar]} />);
    expect(document.querySelector('.xo-header__status')).toHaveTextContent('غير متصل');
  });

  it('marks what arrives read while shown, and what arrived while the page was hidden once it is visible again', () => {
    const client = createFakeChatClient();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    render(<ChatWindow client={client} title="Wayfarer" mode="inline" />);
    const marks = () => client.calls.filter((c) => c.method === 'markRead').length;
    act(() => client.receive(msg({ text: 'one' })));
    expect(marks()).toBe(1);
    visibility.mockReturnValue('hidden');
    act(() => client.receive(msg({ text: 'two' })));
    expect(marks()).toBe(1);
    expect(client.store.getState().unread).toBe(1);
    visibility.mockReturnValue('visible');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(marks()).toBe(2);
    visibility.mockRestore();
  });

  it('opens from the launcher (with its unread badge), focuses the composer, and closes on Escape', async () => {
    const client = createFakeChatClient({ unread: 2, messages: [msg({ text: 'Hi there' })] });
    const user = userEvent.setup();
    render(<ChatWindow client={client} title="Wayfarer" />);
    const launcher = screen.getByRole('button', { name: 'Open chat (2 unread)' });
    expect(launcher).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(launcher);
    const dialog = screen.getByRole('dialog', { name: 'Wayfarer' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus();
    expect(client.calls.some((c) => c.method === 'markRead')).toBe(true);
    expect(launcher).toHaveAccessibleName('Close chat');
    expect(localStorage.getItem('xo-chat:open:st-fake')).toBe('open');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(launcher).toHaveFocus();
    expect(localStorage.getItem('xo-chat:open:st-fake')).toBe('closed');
  });

  it('restores the open state after a reload', () => {
    localStorage.setItem('xo-chat:open:st-fake', 'open');
    render(<ChatWindow client={createFakeChatClient()} />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    // Restoring on load does not steal focus from the page.
    expect(document.body).toHaveFocus();
  });

  it('minimizes and closes from the header', async () => {
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(<ChatWindow client={createFakeChatClient()} defaultOpen persistKey={null} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Minimize chat' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open chat' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close chat' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('can be controlled', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(<ChatWindow client={createFakeChatClient()} open={false} onOpenChange={onOpenChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(<ChatWindow client={createFakeChatClient()} open onOpenChange={onOpenChange} />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('ChatWindow inline', () => {
  it('fills its container with header, transcript, quick replies and composer, and sends', async () => {
    const client = createFakeChatClient({ messages: [msg({ text: 'Welcome!' }), quickRepliesMessage()] });
    const { container } = render(<ChatWindow client={client} mode="inline" title="Help" className="app" />);
    expect(container.firstElementChild).toHaveClass('xo-root', 'app');
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'inline');
    expect(screen.queryByRole('button', { name: /open chat/i })).toBeNull();
    expect(screen.getByRole('region', { name: 'Help' })).toBeInTheDocument();
    expect(screen.getByText('Online')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Flights' }));
    expect(client.sent).toEqual([{ text: 'FLIGHTS', renderMsg: 'Flights' }]);
    // The chip goes away with its answer: focus moves to the composer, not to <body>.
    expect(screen.getByRole('textbox')).toHaveFocus();
    await userEvent.type(screen.getByRole('textbox'), 'thanks{Enter}');
    expect(client.sent.at(-1)).toEqual({ text: 'thanks' });
  });
});

describe('ChatWindow accessibility and locales', () => {
  const states = [
    { name: 'light', props: { theme: 'light' as const } },
    { name: 'dark', props: { theme: 'dark' as const } },
    { name: 'arabic', props: { locale: 'ar', locales: [ar] } },
  ];
  for (const { name, props } of states) {
    it(`has no axe violations open (${name})`, async () => {
      const client = createFakeChatClient({
        typing: true,
        connection: { status: 'reconnecting', attempt: 1, retryAt: Date.now() + 3000 },
        messages: [
          msg({ text: 'مرحبا! كيف يمكنني مساعدتك؟' }),
          msg({ from: 'user', status: 'failed', text: 'Hello' }),
          quickRepliesMessage(),
        ],
      });
      const { container } = render(<ChatWindow client={client} defaultOpen persistKey={null} {...props} />);
      expect(await axeViolations(container)).toEqual([]);
    }, 30_000);
  }

  it('sets dir="rtl", lang and Arabic strings for Arabic', () => {
    const { container } = render(<ChatWindow client={createFakeChatClient()} locale="ar" locales={[ar]} defaultOpen persistKey={null} messages={{ send: 'أرسل' }} />);
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(container.firstElementChild).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('button', { name: 'أرسل' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'الرسالة' })).toBeInTheDocument();
  });

  it('falls back to English for Arabic without its bundle, warning once what to import', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<ChatWindow client={createFakeChatClient()} locale="ar" defaultOpen persistKey={null} />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('lang', 'ar');
    rerender(<ChatWindow client={createFakeChatClient()} locale="ar-EG" defaultOpen persistKey={null} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain("import { ar } from '@xo-chat/react/locales/ar'");
    rerender(<ChatWindow client={createFakeChatClient()} locale="ar-EG" locales={[ar]} defaultOpen persistKey={null} />);
    expect(screen.getByRole('textbox', { name: 'الرسالة' })).toBeInTheDocument();
    warn.mockRestore();
  });

  it('marks messages read as they arrive while open', () => {
    const client = createFakeChatClient();
    render(<ChatWindow client={client} mode="inline" />);
    act(() => client.receive(msg()));
    expect(client.store.getState().unread).toBe(0);
  });
});
