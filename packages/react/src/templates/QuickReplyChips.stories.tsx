import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Message } from '@xo-chat/core';
import { expect, userEvent, within } from 'storybook/test';
import { useStore } from 'zustand';
import { useChatClient } from '../context';
import { fixtures, templatePart } from './fixtures';
import type { Variant } from './fixtures';
import { QuickReplyChips } from './QuickReplies';
import { expectSafe, withFakeClient } from './story-helpers';

function Chips({ variant, fromHistory = false }: { variant: Variant; fromHistory?: boolean }) {
  const message: Message = {
    id: `chips-${variant}-${fromHistory}`,
    from: 'bot',
    createdAt: 0,
    parts: [templatePart(fixtures.quick_replies![variant]!)],
    ...(fromHistory ? { fromHistory } : {}),
  };
  const sent = useStore(useChatClient().store, (s) => s.messages).filter((m) => m.from === 'user');
  return (
    <div dir={variant === 'rtl' ? 'rtl' : 'ltr'}>
      <QuickReplyChips message={message} />
      <output aria-label="Sent">{sent.map((m) => m.renderMsg).join(', ')}</output>
    </div>
  );
}

const meta = { title: 'Templates/Quick reply chips', component: Chips, decorators: [withFakeClient] } satisfies Meta<typeof Chips>;
export default meta;
type Story = StoryObj<typeof Chips>;

export const Good: Story = {
  args: { variant: 'good' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Great' }));
    await expect(canvas.getByLabelText('Sent')).toHaveTextContent('Great');
  },
};

export const FromHistory: Story = {
  args: { variant: 'good', fromHistory: true },
  play: async ({ canvasElement }) => {
    for (const chip of within(canvasElement).getAllByRole('button')) await expect(chip).toBeDisabled();
  },
};

export const Long: Story = {
  args: { variant: 'long' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button')).toHaveLength(30);
  },
};

export const RightToLeft: Story = {
  args: { variant: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(within(canvasElement).getByRole('button', { name: 'رائع' })).direction).toBe('rtl');
  },
};

export const Hostile: Story = {
  args: { variant: 'hostile' },
  play: async ({ canvasElement }) => {
    await expectSafe(canvasElement);
    await expect(canvasElement.querySelectorAll('img')).toHaveLength(0);
  },
};

export const Empty: Story = {
  args: { variant: 'empty' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
  },
};
