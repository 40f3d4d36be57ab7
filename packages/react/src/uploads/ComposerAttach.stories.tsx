import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ChatState, Message } from '@xo-chat/core';
import { expect, userEvent, within } from 'storybook/test';
import { ar } from '../i18n/ar';
import { ChatComposer as Composer } from '../primitives/composer/ChatComposer';
import { StoryChat } from '../test/story-utils';
import { ComposerAttach } from './ComposerAttach';
import './uploads.css';

function upload(id: string, name: string, state: NonNullable<Message['upload']>, error?: string): Message {
  const m: Message = {
    id,
    from: 'user',
    createdAt: Date.now(),
    parts: [{ type: 'attachment', kind: 'file', url: '', name }],
    clientMessageId: id,
    status: state.status === 'failed' ? 'failed' : 'sending',
    upload: state,
  };
  if (error) m.error = error;
  return m;
}

const meta = {
  title: 'Uploads/ComposerAttach',
  component: ComposerAttach,
  decorators: [
    (Story, { parameters }) => (
      <StoryChat state={(parameters['state'] ?? {}) as Partial<ChatState>} locale={parameters['locale'] ?? 'en'} locales={[ar]}>
        <section className="xo-window" aria-label="Chat" style={{ position: 'relative', marginBlockStart: 'auto' }}>
          <Composer attachments={<Story />} />
        </section>
      </StoryChat>
    ),
  ],
} satisfies Meta<typeof ComposerAttach>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { accept: ['image/*', '.pdf'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Attach a file' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    const picker = canvasElement.querySelector<HTMLInputElement>('input[type="file"]');
    await userEvent.upload(picker as HTMLInputElement, new File(['%PDF-1.4'], 'itinerary.pdf', { type: 'application/pdf' }));
    await expect(canvas.getByRole('progressbar', { name: 'Uploading itinerary.pdf' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel itinerary.pdf' }));
    await expect(canvas.queryByRole('progressbar')).toBeNull();
  },
};

export const Uploading: Story = {
  parameters: { state: { messages: [upload('a', 'boarding-pass.png', { status: 'uploading', progress: 0.35 }), upload('b', 'passport-scan.pdf', { status: 'uploading', progress: 0.8 })] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('progressbar', { name: 'Uploading boarding-pass.png' })).toHaveAttribute('aria-valuetext', '35%');
    await expect(canvas.getByRole('progressbar', { name: 'Uploading passport-scan.pdf' })).toHaveAttribute('aria-valuetext', '80%');
  },
};

export const FailedAndRefused: Story = {
  parameters: {
    state: {
      messages: [
        upload('a', 'receipt.pdf', { status: 'failed', progress: 0.5, error: 'x' }, '"receipt.pdf" was not sent: upload chunk failed (HTTP 500). Try again.'),
        upload('b', 'tool.exe', { status: 'failed', progress: 0, refused: 'type', error: '"tool.exe" is not a type this chat accepts (image/*, .pdf). Choose a file of one of those types.' }, 'refused'),
        upload('c', 'video.mov', { status: 'failed', progress: 0, refused: 'too-large', error: '"video.mov" is 80 MB; files can be at most 25 MB. Choose a smaller file.' }, 'refused'),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Try receipt.pdf again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Remove tool.exe' })).toBeVisible();
    await expect(canvas.getByText('video.mov is too large. Choose a smaller file.', { exact: false })).toBeVisible();
  },
};

export const Arabic: Story = {
  parameters: { locale: 'ar', state: { messages: [upload('a', 'صورة.png', { status: 'uploading', progress: 0.5 })] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'إرفاق ملف' })).toBeVisible();
    await expect(canvas.getByRole('progressbar', { name: 'جارٍ رفع صورة.png' })).toBeVisible();
  },
};
