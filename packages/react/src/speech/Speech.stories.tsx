import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ComposerAttachments } from '../primitives/composer/ComposerAttachments';
import { ComposerInput } from '../primitives/composer/ComposerInput';
import { ComposerRoot } from '../primitives/composer/ComposerRoot';
import { ComposerSend } from '../primitives/composer/ComposerSend';
import { StoryChat } from '../test/story-utils';
import type { FakeChatClient } from '../testing/fake-client';
import { createFakeRecognizer, createFakeSynthesizer } from './fakes';
import type { FakeRecognizer, FakeSynthesizer } from './fakes';
import { SpeechInput } from './SpeechInput';
import { SpeechOutputToggle } from './SpeechOutput';

// Headless Chromium has no recognizer: each story drives a fake one, which its play function reaches here.
let recognizer: FakeRecognizer = createFakeRecognizer();
let synthesizer: FakeSynthesizer = createFakeSynthesizer();
let chatClient: FakeChatClient | null = null;

function SpeechComposer({ theme = 'light' }: { theme?: 'light' | 'dark' }) {
  const [r] = useState(() => createFakeRecognizer());
  const [s] = useState(() => createFakeSynthesizer());
  recognizer = r;
  synthesizer = s;
  return (
    <StoryChat theme={theme} setup={(c) => (chatClient = c)}>
      <div className="xo-window" style={{ paddingBlockStart: 48 }}>
        <div className="xo-header">
          <SpeechOutputToggle synthesizer={s} />
        </div>
        <ComposerRoot>
          <ComposerAttachments>
            <SpeechInput recognizer={r} />
          </ComposerAttachments>
          <ComposerInput />
          <ComposerSend />
        </ComposerRoot>
      </div>
    </StoryChat>
  );
}

const meta = {
  title: 'Speech/Voice input and output',
  component: SpeechComposer,
} satisfies Meta<typeof SpeechComposer>;
export default meta;
type Story = StoryObj<typeof meta>;

const mic = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: /speak a message|stop listening/i });

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    await expect(mic(canvasElement)).toHaveAttribute('aria-pressed', 'false');
    await expect(mic(canvasElement)).toHaveAccessibleName('Speak a message');
  },
};

export const Listening: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(mic(canvasElement));
    await expect(mic(canvasElement)).toHaveAttribute('data-state', 'listening');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Listening… press Escape to stop.');
  },
};

export const Interim: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(mic(canvasElement));
    recognizer.interim('two seats to Lis');
    await waitFor(() => expect(within(canvasElement).getByRole('textbox')).toHaveValue('two seats to Lis'));
    await expect(mic(canvasElement)).toHaveAttribute('data-state', 'interim');
  },
};

export const StoppedWithEscape: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(mic(canvasElement));
    recognizer.interim('hello');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(mic(canvasElement)).toHaveAttribute('data-state', 'idle'));
    await expect(recognizer.sessions[0]?.aborted).toBe(true);
  },
};

export const ErrorNoPermission: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(mic(canvasElement));
    recognizer.error('not-allowed');
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('The microphone is not allowed.'));
  },
};

export const ErrorNoSpeech: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(mic(canvasElement));
    recognizer.error('no-speech');
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('No speech was heard. Try again.'));
  },
};

export const RecognizerThrows: Story = {
  play: async ({ canvasElement }) => {
    recognizer.failNextStart = new Error('the cloud recognizer has no credentials');
    await userEvent.click(mic(canvasElement));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Voice input failed: the cloud recognizer has no credentials');
  },
};

export const ReadAloud: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('button', { name: 'Read answers aloud' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    chatClient?.receive({ id: 'b1', from: 'bot', createdAt: Date.now(), parts: [{ type: 'text', text: 'Your flight *XO 123* leaves at 10:40.' }] });
    await waitFor(() => expect(synthesizer.spoken).toEqual([{ text: 'Your flight XO 123 leaves at 10:40.', lang: 'en' }]));
  },
};
