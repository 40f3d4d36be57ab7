import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StoryChat } from '../../test/story-utils';
import { ChatMessage as Message } from './ChatMessage';

const at = new Date(2026, 0, 10, 14, 30).getTime();

const meta = {
  title: 'Primitives/Message',
  component: Message,
  decorators: [
    (Story, { parameters }) => (
      <StoryChat theme={parameters['theme'] ?? 'light'}>
        <div style={{ padding: 12 }}>
          <Story />
        </div>
      </StoryChat>
    ),
  ],
  args: {
    message: { id: 'b1', from: 'bot', createdAt: at, parts: [{ type: 'text', text: 'Hello! Your flight XO 123 is *on time*.' }] },
    botName: 'Wayfarer',
  },
} satisfies Meta<typeof Message>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FromBot: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const article = canvas.getByRole('article', { name: 'Wayfarer' });
    await expect(article).toHaveAttribute('data-from', 'bot');
    await expect(canvasElement.querySelector('strong')).toHaveTextContent('on time');
    // The time fills in once the first frame is painted (i18n/intl-ready.ts).
    await waitFor(() => expect(canvasElement.querySelector('time')?.textContent).toMatch(/2:30/));
  },
};

export const FromUserSent: Story = {
  args: { message: { id: 'u1', from: 'user', createdAt: at, status: 'sent', parts: [{ type: 'text', text: 'Great, thanks!' }] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Sent')).toBeVisible();
    const bubble = canvasElement.querySelector('.xo-message__bubble');
    if (!bubble) throw new Error('no bubble');
    // The user's bubble sits at the inline end.
    await expect(bubble.getBoundingClientRect().right).toBeGreaterThan(canvasElement.getBoundingClientRect().width / 2);
  },
};

export const Sending: Story = {
  args: { message: { id: 'u2', from: 'user', createdAt: at, status: 'sending', parts: [{ type: 'text', text: 'On its way…' }] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Sending…')).toBeVisible();
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

export const Failed: Story = {
  args: {
    message: { id: 'u3', from: 'user', createdAt: at, status: 'failed', error: 'No answer from the platform.', parts: [{ type: 'text', text: 'Did this arrive?' }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Not sent')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    // The fake client marks a retried message as sending again... but this story's message is a fixed arg.
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

export const RightToLeftText: Story = {
  args: { message: { id: 'b2', from: 'bot', createdAt: at, parts: [{ type: 'text', text: 'مرحبا! رحلتك في الموعد.' }] } },
  play: async ({ canvasElement }) => {
    const bubble = canvasElement.querySelector('.xo-message__bubble');
    await expect(bubble).toHaveAttribute('dir', 'auto');
    if (!bubble) throw new Error('no bubble');
    await expect(getComputedStyle(bubble.querySelector('p') ?? bubble).direction).toBe('rtl');
  },
};

export const LongAndHostile: Story = {
  args: {
    message: {
      id: 'b3',
      from: 'bot',
      createdAt: at,
      parts: [{ type: 'text', text: `<script>alert(1)</script> ${'x'.repeat(300)} [click](javascript:alert(1))` }],
    },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript"]')).toBeNull();
    const bubble = canvasElement.querySelector('.xo-message__bubble');
    if (!bubble) throw new Error('no bubble');
    await expect(bubble.scrollWidth).toBeLessThanOrEqual(bubble.clientWidth + 1);
  },
};

export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const bubble = canvasElement.querySelector('.xo-message__bubble');
    if (!bubble) throw new Error('no bubble');
    await expect(getComputedStyle(bubble).backgroundColor).toBe('rgb(38, 43, 51)');
  },
};
