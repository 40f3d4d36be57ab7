import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Message } from '@xo-chat/core';
import { expect, userEvent, within } from 'storybook/test';
import { ar } from '../i18n/ar';
import { StoryChat } from '../test/story-utils';
import { QuickReplies } from './QuickReplies';

function withReplies(titles: string[], extra: Partial<Message> = {}): Message {
  return {
    id: 'qr',
    from: 'bot',
    createdAt: Date.now(),
    parts: [
      {
        type: 'template',
        templateType: 'quick_replies',
        fallbackText: 'Pick one',
        payload: { template_type: 'quick_replies', text: 'Pick one', quick_replies: titles.map((title) => ({ content_type: 'text', title, payload: title.toUpperCase() })) },
      },
    ],
    ...extra,
  };
}

const meta = {
  title: 'Primitives/QuickReplies',
  component: QuickReplies,
  decorators: [
    (Story, { parameters }) => (
      <StoryChat state={{ messages: [parameters['message'] as Message] }} locale={parameters['locale'] ?? 'en'} locales={[ar]}>
        <div style={{ maxWidth: 360 }}>
          <Story />
        </div>
      </StoryChat>
    ),
  ],
  parameters: { message: withReplies(['Flights', 'Hotels', 'Car rental']) },
} satisfies Meta<typeof QuickReplies>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'Suggested replies' });
    await expect(within(group).getAllByRole('button')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: 'Hotels' }));
    // The postback becomes the newest message, so the chips go away.
    await expect(canvas.queryByRole('group')).toBeNull();
  },
};

export const ManyAndLong: Story = {
  parameters: { message: withReplies(Array.from({ length: 10 }, (_, i) => `A rather long quick reply label number ${i + 1}`)) },
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group');
    await expect(within(group).getAllByRole('button')).toHaveLength(10);
    // They scroll sideways instead of overflowing the page.
    await expect(group.scrollWidth).toBeGreaterThan(group.clientWidth);
  },
};

export const FromHistory: Story = {
  parameters: { message: withReplies(['Old choice'], { fromHistory: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('group')).toBeNull();
  },
};

export const Arabic: Story = {
  parameters: { locale: 'ar', message: withReplies(['رحلات', 'فنادق']) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('group', { name: 'ردود مقترحة' })).toBeVisible();
  },
};
