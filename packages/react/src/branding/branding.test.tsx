import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatProvider } from '../provider/ChatProvider';
import { msg } from '../test/fixtures';
import { fakeLayout } from '../test/layout';
import { axeViolations } from '../test/render';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from '../window/ChatWindow';
import { harborBranding } from './fixtures';
import { brandingQueryKey } from './query';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => restore());

const root = () => document.querySelector<HTMLElement>('.xo-root');
const branded = (answer: unknown = harborBranding) => {
  const getJson = vi.fn(async (_path: string) => answer);
  return { client: createFakeChatClient({}, { getJson }), getJson };
};

describe('ChatWindow with the bot branding from the platform', () => {
  it('asks activetheme for its bot and applies colours, title, subtitle, picture and welcome', async () => {
    const { client, getJson } = branded();
    render(<ChatWindow client={client} mode="inline" />);
    expect(await screen.findByRole('heading', { name: 'Harbor Help' })).toBeInTheDocument();
    expect(getJson).toHaveBeenCalledWith('/api/websdkthemes/st-fake/activetheme');
    expect(getJson).toHaveBeenCalledTimes(1);
    expect(root()?.style.getPropertyValue('--xo-header-bg')).toBe('#0b7285');
    expect(root()?.style.getPropertyValue('--xo-bubble-bot-bg')).toBe('#e3fafc');
    expect(screen.getByText('Ferries and fares')).toHaveClass('xo-header__subtitle');
    expect(document.querySelector('.xo-header img')).toHaveAttribute('src', 'https://cdn.example/harbor-bot.png');
    const welcome = document.querySelector('.xo-welcome');
    expect(welcome).toHaveTextContent('Ahoy!');
    expect(welcome).toHaveTextContent('Ask about sailings, fares and cabins.');
    expect(await axeViolations(document.body)).toEqual([]);
  }, 20_000);

  it("the welcome stays while the bot greets, and goes with the person's first message", async () => {
    const { client } = branded();
    render(<ChatWindow client={client} mode="inline" />);
    expect(await screen.findByText('Ahoy!')).toBeInTheDocument();
    act(() => client.receive(msg({ text: 'Hello, I am the bot' })));
    expect(screen.getByText('Ahoy!')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'hi{Enter}');
    expect(screen.queryByText('Ahoy!')).toBeNull();
  });

  it("the app's own title, picture and --xo-* variables win over the branding's", async () => {
    const { client, getJson } = branded();
    render(
      <ChatWindow client={client} mode="inline" title="Wayfarer" avatarUrl="https://app.example/me.png" style={{ ['--xo-header-bg' as string]: 'rebeccapurple', maxWidth: 500 }} />,
    );
    await waitFor(() => expect(root()?.style.getPropertyValue('--xo-bubble-bot-bg')).toBe('#e3fafc'));
    expect(getJson).toHaveBeenCalledTimes(1);
    expect(root()?.style.getPropertyValue('--xo-header-bg')).toBe('rebeccapurple');
    expect(root()?.style.maxWidth).toBe('500px');
    expect(screen.getByRole('heading', { name: 'Wayfarer' })).toBeInTheDocument();
    // The branding's subtitle goes with its title: not under the app's.
    expect(screen.queryByText('Ferries and fares')).toBeNull();
    expect(document.querySelector('.xo-header img')).toHaveAttribute('src', 'https://app.example/me.png');
  });

  it('branding={false} asks nothing and keeps the default look', async () => {
    const { client, getJson } = branded();
    render(<ChatWindow client={client} mode="inline" branding={false} />);
    expect(screen.getByRole('heading', { name: 'Fake Bot' })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(getJson).not.toHaveBeenCalled();
    expect(root()?.getAttribute('style')).toBeNull();
    expect(document.querySelector('.xo-welcome')).toBeNull();
  });

  it('a branding document passed in applies without a request', async () => {
    const { client, getJson } = branded({ activeTheme: false });
    render(<ChatWindow client={client} mode="inline" branding={harborBranding} />);
    expect(await screen.findByRole('heading', { name: 'Harbor Help' })).toBeInTheDocument();
    expect(root()?.style.getPropertyValue('--xo-header-bg')).toBe('#0b7285');
    expect(getJson).not.toHaveBeenCalled();
  });

  it('a bot without branding ({activeTheme: false}) keeps the default look, and no warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { client, getJson } = branded({ activeTheme: false });
    render(<ChatWindow client={client} mode="inline" />);
    await waitFor(() => expect(getJson).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(root()?.getAttribute('style')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Fake Bot' })).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("goes through the app's QueryClient when one is provided above", async () => {
    const queryClient = new QueryClient();
    const { client } = branded();
    render(
      <QueryClientProvider client={queryClient}>
        <ChatWindow client={client} mode="inline" />
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { name: 'Harbor Help' });
    expect(queryClient.getQueryData(brandingQueryKey('st-fake'))).toEqual(harborBranding);
  });

  it("windows under one ChatProvider share its QueryClient: one request for the bot's branding", async () => {
    const { client, getJson } = branded();
    render(
      <ChatProvider client={client}>
        <ChatWindow client={client} mode="inline" />
        <ChatWindow client={client} mode="inline" persistKey={null} />
      </ChatProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Harbor Help' })).toHaveLength(2));
    expect(getJson).toHaveBeenCalledTimes(1);
  });
});
