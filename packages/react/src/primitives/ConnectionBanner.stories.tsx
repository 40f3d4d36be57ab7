import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ChatState } from '@xo-chat/core';
import { expect, userEvent, within } from 'storybook/test';
import { StoryChat } from '../test/story-utils';
import { ConnectionBanner } from './ConnectionBanner';
import type { FakeChatClient } from '../testing/fake-client';

let lastClient: FakeChatClient | undefined;

const meta = {
  title: 'Primitives/ConnectionBanner',
  component: ConnectionBanner,
  decorators: [
    (Story, { parameters }) => (
      <StoryChat state={parameters['state'] as Partial<ChatState>} theme={parameters['theme'] ?? 'light'} setup={(c) => (lastClient = c)}>
        <Story />
      </StoryChat>
    ),
  ],
} satisfies Meta<typeof ConnectionBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Connecting: Story = {
  parameters: { state: { connection: { status: 'connecting', attempt: 1 } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Connecting…');
  },
};

export const Reconnecting: Story = {
  parameters: { state: { connection: { status: 'reconnecting', attempt: 2, retryAt: Date.now() + 60_000 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Reconnecting in (59|60) s/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry now' }));
    await expect(lastClient?.calls.at(-1)?.method).toBe('reconnectNow');
  },
};

export const Offline: Story = {
  parameters: { state: { connection: { status: 'offline' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('You are offline');
  },
};

export const Failed: Story = {
  parameters: { state: { connection: { status: 'failed', reason: 'The bot st-123 does not exist.' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // People read a sentence; the developer's reason went to onDiagnostic.
    await expect(canvas.getByRole('status')).toHaveTextContent('The chat cannot connect right now. Try again in a moment.');
    await expect(canvasElement).not.toHaveTextContent('st-123');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const FailedDark: Story = {
  parameters: { theme: 'dark', state: { connection: { status: 'failed', reason: 'Invalid credentials.' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('The chat cannot connect right now.');
    await expect(canvasElement).not.toHaveTextContent('Invalid credentials.');
  },
};
