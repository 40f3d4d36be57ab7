import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { StoryChat } from '../test/story-utils';
import { Launcher as ChatLauncher } from './Launcher';

function Toggle({ unread }: { unread: number }) {
  const [open, setOpen] = useState(false);
  return (
    <StoryChat state={{ unread }}>
      <ChatLauncher open={open} onOpenChange={setOpen} />
    </StoryChat>
  );
}

const meta = { title: 'Window/Launcher', component: Toggle, args: { unread: 0 } } satisfies Meta<typeof Toggle>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Open chat' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveAccessibleName('Close chat');
  },
};

export const WithUnread: Story = {
  args: { unread: 120 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Open chat (120 unread)' })).toBeVisible();
    await expect(canvas.getByText('99+')).toBeVisible();
  },
};
