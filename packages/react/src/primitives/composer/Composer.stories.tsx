import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { ChatState } from '@xo-chat/core';
import { ar } from '../../i18n/ar';
import { StoryChat } from '../../test/story-utils';
import { ChatComposer as Composer } from './ChatComposer';

const meta = {
  title: 'Primitives/Composer',
  component: Composer,
  decorators: [
    (Story, { parameters }) => (
      <StoryChat state={(parameters['state'] ?? {}) as Partial<ChatState>} locale={parameters['locale'] ?? 'en'} locales={[ar]}>
        <Story />
      </StoryChat>
    ),
  ],
} satisfies Meta<typeof Composer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    const send = canvas.getByRole('button', { name: 'Send' });
    await expect(send).toBeDisabled();
    const oneLine = input.getBoundingClientRect().height;
    await userEvent.type(input, 'one{Shift>}{Enter}{/Shift}two{Shift>}{Enter}{/Shift}three');
    await expect(input.getBoundingClientRect().height).toBeGreaterThan(oneLine);
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
  },
};

export const WithAttachmentSlot: Story = {
  args: {
    attachments: (composer) => (
      <button type="button" className="xo-icon-button" aria-label="Attach a file" onClick={() => composer.setValue('📎 report.pdf')}>
        📎
      </button>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach a file' }));
    await expect(canvas.getByRole('textbox')).toHaveValue('📎 report.pdf');
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeEnabled();
  },
};

export const DisabledWhenFailed: Story = {
  parameters: { state: { connection: { status: 'failed', reason: 'Unknown bot' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox')).toBeDisabled();
    await expect(canvas.getByText('Cannot send: the chat could not connect.')).toBeVisible();
  },
};

export const Arabic: Story = {
  parameters: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'إرسال' })).toBeDisabled();
    await userEvent.type(canvas.getByRole('textbox', { name: 'الرسالة' }), 'مرحبا');
    await expect(canvas.getByRole('button', { name: 'إرسال' })).toBeEnabled();
  },
};
