// Shared scaffolding for stories: a fake client in a themed frame. Not part of the package's API.
import type { ChatState, Message } from '@xo-chat/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ChatI18nProvider } from '../i18n/context';
import type { LocaleBundle } from '../i18n/types';
import { ChatProvider } from '../provider/ChatProvider';
import { createFakeChatClient } from '../testing/fake-client';
import type { FakeChatClient } from '../testing/fake-client';

export interface StoryChatProps {
  state?: Partial<ChatState>;
  theme?: 'light' | 'dark';
  locale?: string;
  /** Bundles for `locale` besides English, e.g. `[ar]` from `../i18n/ar` (what apps import from `@xo-chat/react/locales/ar`). */
  locales?: readonly LocaleBundle[];
  /** Height of the frame (the thread needs one). */
  height?: number;
  /** Adjust the client before first render (e.g. to make `loadOlder` prepend messages). */
  setup?: (client: FakeChatClient) => void;
  children: ReactNode;
}

/** A themed `.xo-root` frame with a fake client, strings and direction for one story. */
export function StoryChat({ state, theme = 'light', locale = 'en', locales = [], height, setup, children }: StoryChatProps) {
  const [client] = useState(() => {
    const c = createFakeChatClient(state);
    setup?.(c);
    return c;
  });
  return (
    <ChatProvider client={client}>
      <ChatI18nProvider locale={locale} locales={locales}>
        <div
          className="xo-root"
          data-theme={theme}
          dir={locale.startsWith('ar') ? 'rtl' : 'ltr'}
          lang={locale}
          style={{
            display: 'flex',
            flexDirection: 'column',
            background: 'var(--xo-color-bg)',
            ...(height ? { height } : {}),
          }}
        >
          {children}
        </div>
      </ChatI18nProvider>
    </ChatProvider>
  );
}

const START = new Date(2026, 0, 10, 9, 0).getTime();
const BOT_LINES = [
  'Hello! I can help with *flights*, hotels and bookings.',
  'Your flight **XO 123** leaves at 10:40 from gate B12.',
  'Anything else I can do for you?',
  'Here is a longer answer that wraps over several lines so that the rows have different heights, which is what the virtual list has to measure as it goes.',
];
const USER_LINES = ['Hi', 'What is my flight status?', 'Thanks!', 'Can I change my seat to an aisle one please?'];

/** `count` alternating messages, ending `endAt` (a few per day, so date separators appear). */
export function conversation(count: number, { prefix = 'c', endAt = START + count * 2 * 60_000, fromHistory = true } = {}): Message[] {
  const step = 2 * 60_000;
  return Array.from({ length: count }, (_, i): Message => {
    const bot = i % 3 !== 1;
    const lines = bot ? BOT_LINES : USER_LINES;
    return {
      id: `${prefix}-${i}`,
      from: bot ? 'bot' : 'user',
      createdAt: endAt - (count - i) * step,
      parts: [{ type: 'text', text: `${lines[i % lines.length] ?? ''} (#${i + 1})` }],
      ...(bot ? {} : { status: 'sent' as const }),
      ...(fromHistory ? { fromHistory: true } : {}),
    };
  });
}
