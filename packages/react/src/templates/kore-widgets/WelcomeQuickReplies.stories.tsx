import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { expectSafe, TemplateHarness, withFakeClient } from '../story-helpers';

const meta = { title: 'Templates/Kore widgets/Welcome quick replies', component: TemplateHarness, decorators: [withFakeClient] } satisfies Meta<typeof TemplateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

// Lazy chunks: the first load in a cold Storybook can take longer than Testing Library's default second.
const LOAD = { timeout: 10_000 };

const reply = (title: string, payload: string) => ({ content_type: 'text', title, value: title, payload });

export const Normal: Story = {
  args: {
    payload: {
      template_type: 'quick_replies_welcome',
      text: 'Welcome to the travel desk. What would you like to do?',
      quick_replies: [reply('Book a flight', 'book flight'), reply('My trips', 'list trips'), reply('Talk to us', 'agent')],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'My trips' }, LOAD));
    await expect(canvas.getByRole('list', { name: 'Sent' })).toHaveTextContent('My trips (list trips)');
    await expect(canvas.getByRole('button', { name: 'Book a flight' })).toBeDisabled();
  },
};

export const Long: Story = {
  args: {
    payload: {
      template_type: 'quick_replies_welcome',
      text: 'Hello! '.repeat(40),
      quick_replies: Array.from({ length: 14 }, (_, i) => reply(`A rather long choice number ${i + 1}`, `choice ${i + 1}`)),
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findAllByRole('button', undefined, LOAD)).toHaveLength(14);
  },
};

export const Empty: Story = {
  args: { payload: { template_type: 'quick_replies_welcome', text: 'Hi there.' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Hi there.', undefined, LOAD)).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const RightToLeft: Story = {
  args: {
    payload: { template_type: 'quick_replies_welcome', text: 'مرحبًا، كيف يمكنني مساعدتك؟', quick_replies: [reply('رصيدي', 'balance'), reply('التحويلات', 'transfers')] },
    dir: 'rtl',
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('list', { name: 'ردود مقترحة' }, LOAD)).toBeVisible();
  },
};

export const Hostile: Story = {
  args: {
    payload: {
      template_type: 'quick_replies_welcome',
      text: '<script>window.__xss=1</script>',
      quick_replies: [
        { content_type: 'url', title: 'bad link', url: 'javascript:alert(1)' },
        { content_type: 'text', title: '<img src=x onerror=alert(1)>', payload: 'x', image_url: 'javascript:alert(1)' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('bad link', undefined, LOAD);
    await expectSafe(canvasElement);
  },
};
