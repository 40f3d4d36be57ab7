import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Message } from '@xo-chat/core';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { createFakeChatClient } from '../testing/fake-client';
import { ChatWindow } from '../window/ChatWindow';
import type { ChatWindowProps } from '../window/ChatWindow';
import { harborBranding } from './fixtures';

// The platform's answer to GET /api/websdkthemes/{botId}/activetheme, given by the fake client after a moment
// (as a network would), or a failure the platform could give instead.
type Answer = { ok: unknown } | { fails: string; status: number };

type StoryArgs = Omit<ChatWindowProps, 'client' | 'options'> & { answer: Answer };

const greeting: Message[] = [{ id: 'g1', from: 'bot', createdAt: Date.now() - 30_000, parts: [{ type: 'text', text: 'Hello! Where are you sailing to?' }] }];

function BrandedWindow({ answer, ...props }: StoryArgs) {
  const [client] = useState(() =>
    createFakeChatClient(
      { messages: greeting },
      {
        getJson: (path) =>
          new Promise((resolve, reject) =>
            setTimeout(() => ('ok' in answer ? resolve(answer.ok) : reject(Object.assign(new Error(`${path} failed: ${answer.fails} (HTTP ${answer.status})`), { status: answer.status, retryable: false }))), 150),
          ),
      },
    ),
  );
  return (
    <div style={{ height: 560 }}>
      <ChatWindow client={client} persistKey={null} mode="inline" theme="light" {...props} />
    </div>
  );
}

const meta = {
  title: 'ChatWindow/Branding',
  component: BrandedWindow,
  args: { answer: { ok: harborBranding } },
} satisfies Meta<typeof BrandedWindow>;
export default meta;
type Story = StoryObj<typeof meta>;

const headerBackground = (root: HTMLElement) => getComputedStyle(root.querySelector('.xo-header') as Element).backgroundColor;

export const FromThePlatform: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Harbor Help' })).toBeVisible();
    await expect(canvas.getByText('Ferries and fares')).toBeVisible();
    await expect(canvas.getByText('Ahoy!')).toBeVisible();
    await waitFor(() => expect(headerBackground(canvasElement)).toBe('rgb(11, 114, 133)'));
    const bubble = canvasElement.querySelector('.xo-message[data-from="bot"] .xo-message__bubble') as Element;
    await expect(getComputedStyle(bubble).backgroundColor).toBe('rgb(227, 250, 252)');
  },
};

export const AppValuesWin: Story = {
  args: { title: 'Wayfarer', style: { ['--xo-header-bg' as string]: '#5b2a86' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Ahoy!');
    await expect(canvas.getByRole('heading', { name: 'Wayfarer' })).toBeVisible();
    await expect(headerBackground(canvasElement)).toBe('rgb(91, 42, 134)');
  },
};

export const RequestFails: Story = {
  args: { answer: { fails: 'No bot with id "st-fake" is registered', status: 404 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await new Promise((r) => setTimeout(r, 400));
    await expect(canvas.getByRole('heading', { name: 'Fake Bot' })).toBeVisible();
    await expect(headerBackground(canvasElement)).toBe('rgb(31, 95, 204)');
    await expect(canvas.queryByText('Ahoy!')).toBeNull();
  },
};
