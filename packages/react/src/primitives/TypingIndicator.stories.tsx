import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StoryChat } from '../test/story-utils';
import { TypingIndicator } from './TypingIndicator';

const meta = {
  title: 'Primitives/TypingIndicator',
  component: TypingIndicator,
  decorators: [
    (Story, { parameters }) => (
      <StoryChat state={{ typing: parameters['typing'] ?? true }} theme={parameters['theme'] ?? 'light'}>
        <Story />
      </StoryChat>
    ),
  ],
} satisfies Meta<typeof TypingIndicator>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Typing: Story = {
  args: { name: 'Wayfarer' },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveTextContent('Wayfarer is typing…');
    await expect(canvasElement.querySelectorAll('.xo-typing__dot')).toHaveLength(3);
  },
};

export const Idle: Story = {
  parameters: { typing: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveAttribute('data-state', 'idle');
  },
};

export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Fake Bot is typing…');
  },
};
