import type { Meta, StoryObj } from '@storybook/react-vite';
import type { AttachmentPart, Message } from '@xo-chat/core';
import { expect, within } from 'storybook/test';
import { MessageParts } from './MessageParts';
import { expectSafe, withFakeClient } from './story-helpers';

// A real image Chromium can decode without a network: a 1x1 PNG served as an http(s) URL is not available
// offline, so the stories use placeholder https URLs and assert the markup, not the pixels.
const att = (kind: AttachmentPart['kind'], extra: Partial<AttachmentPart> = {}): AttachmentPart => ({
  type: 'attachment',
  kind,
  url: `https://example.invalid/sample.${kind === 'image' ? 'png' : kind === 'audio' ? 'wav' : kind === 'video' ? 'webm' : 'pdf'}`,
  ...extra,
});

function Attachments({ parts, dir = 'ltr' }: { parts: AttachmentPart[]; dir?: 'ltr' | 'rtl' }) {
  const message: Message = { id: 'attachments', from: 'bot', createdAt: 0, parts };
  return (
    <div dir={dir} style={{ maxInlineSize: '26rem' }}>
      <MessageParts message={message} />
    </div>
  );
}

const meta = { title: 'Templates/Attachments', component: Attachments, decorators: [withFakeClient] } satisfies Meta<typeof Attachments>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Good: Story = {
  args: {
    parts: [
      att('image', { name: 'sample.png', text: 'A sample picture' }),
      att('audio', { name: 'sample.wav', text: 'A one-second tone' }),
      att('video', { name: 'sample.webm', text: 'A short sample video' }),
      att('file', { name: 'sample.pdf', text: 'A one-page PDF' }),
      att('link', { url: 'https://example.com/docs', name: 'Example docs', text: 'Read the docs' }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'A sample picture' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('audio')).toHaveAttribute('controls');
    await expect(canvasElement.querySelector('video')).toHaveAccessibleName('A short sample video');
    await expect(canvas.getByRole('link', { name: /^sample\.pdf/ })).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

export const Empty: Story = {
  args: { parts: [att('file')] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: /sample\.pdf/ })).toBeVisible();
  },
};

export const Long: Story = {
  args: { parts: [att('link', { url: 'https://example.com/docs', name: 'A very long link name '.repeat(10) })] },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link.getBoundingClientRect().width).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().width);
  },
};

export const RightToLeft: Story = {
  args: { dir: 'rtl', parts: [att('file', { name: 'ملف.pdf', text: 'مستند' })] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: /ملف/ })).toBeVisible();
  },
};

export const Hostile: Story = {
  args: {
    parts: [
      att('image', { url: 'javascript:alert(1)', text: '<img src=x onerror=alert(1)>' }),
      att('video', { url: 'data:text/html,<script>alert(1)</script>', text: 'video' }),
      att('link', { url: 'JaVaScRiPt:alert(1)', name: 'click me' }),
    ],
  },
  play: async ({ canvasElement }) => {
    await expectSafe(canvasElement);
    await expect(canvasElement.querySelectorAll('img, video, a')).toHaveLength(0);
    // Each refused attachment still says what it was and that it cannot be shown.
    await expect(canvasElement.querySelectorAll('.xo-attachment--unavailable')).toHaveLength(3);
    await expect(within(canvasElement).getByText(/click me cannot be shown/)).toBeVisible();
  },
};

/** What the core makes of an unsafe URL: the URL is dropped, the name kept, and the window says it is not shown. */
export const Blocked: Story = {
  args: {
    parts: [
      att('image', { url: '', blocked: true, name: 'holiday.png' }),
      att('video', { url: '', blocked: true }),
      att('file', { url: '', blocked: true }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('holiday.png cannot be shown: its address is not allowed.')).toBeVisible();
    await expect(canvas.getByText('Video cannot be shown: its address is not allowed.')).toBeVisible();
    await expect(canvas.getByText('An attachment that cannot be shown.')).toBeVisible();
    await expect(canvasElement.querySelectorAll('a, img, video')).toHaveLength(0);
  },
};
