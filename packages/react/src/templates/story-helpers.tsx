// Shared by the template stories (not shipped). Each story renders one template through MessageParts with a
// network-free client, and shows what the user sent, so play functions can assert real postbacks.
import type { JsonObject, Message } from '@xo-chat/core';
import { isHttpUrl, isSafeUrl } from '@xo-chat/core';
import type { Decorator, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { expect } from 'storybook/test';
import { useStore } from 'zustand';
import { ChatClientContext, useChatClient } from '../context';
import { ar } from '../i18n/ar';
import { ChatI18nProvider } from '../i18n/context';
import { createFakeChatClient } from '../testing/fake-client';
import { fixtures, templatePart } from './fixtures';
import type { Variant } from './fixtures';
import { MessageParts } from './MessageParts';
import './templates.css';

function FakeClientProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createFakeChatClient());
  return <ChatClientContext.Provider value={client}>{children}</ChatClientContext.Provider>;
}

export const withFakeClient: Decorator = (Story) => (
  <FakeClientProvider>
    <Story />
  </FakeClientProvider>
);

/** What the user sent, as `label (body)` lines. */
function SentLog() {
  const messages = useStore(useChatClient().store, (s) => s.messages);
  const sent = messages.filter((m) => m.from === 'user');
  if (sent.length === 0) return null;
  return (
    <ul aria-label="Sent" style={{ marginBlockStart: '1rem' }}>
      {sent.map((m) => {
        const body = m.parts[0]?.type === 'text' ? m.parts[0].text : '';
        return <li key={m.id}>{m.renderMsg ? `${m.renderMsg} (${body})` : body}</li>;
      })}
    </ul>
  );
}

export interface HarnessProps {
  payload: JsonObject;
  dir?: 'ltr' | 'rtl';
  fromHistory?: boolean;
  /** Extra parts after the template (attachments, text). */
  message?: Partial<Message>;
}

export function TemplateHarness({ payload, dir = 'ltr', fromHistory = false, message }: HarnessProps) {
  const [msg] = useState<Message>(() => ({
    id: `story-${Math.random().toString(36).slice(2)}`,
    from: 'bot',
    createdAt: 0,
    parts: [templatePart(payload)],
    ...(fromHistory ? { fromHistory } : {}),
    ...message,
  }));
  // RTL stories show the Arabic bundle, as an app passing `locales={[ar]}` would.
  return (
    <ChatI18nProvider locale={dir === 'rtl' ? 'ar' : 'en'} locales={[ar]}>
      <div dir={dir} lang={dir === 'rtl' ? 'ar' : 'en'} style={{ maxInlineSize: '26rem' }}>
        <MessageParts message={msg} />
        <SentLog />
      </div>
    </ChatI18nProvider>
  );
}

export type HarnessStory = StoryObj<typeof TemplateHarness>;

/** A story for one fixture variant; `play` gets the canvas element. */
export function variant(type: string, name: Variant, play: NonNullable<HarnessStory['play']>): HarnessStory {
  const payload = fixtures[type]?.[name];
  if (!payload) throw new Error(`no ${type}/${name} fixture`);
  return { args: { payload, dir: name === 'rtl' ? 'rtl' : 'ltr' }, play };
}

/** No scripts, no event attributes, only allow-listed URLs; and the hostile text is shown as text. */
export async function expectSafe(root: HTMLElement): Promise<void> {
  await expect(root.querySelectorAll('script, iframe, object, embed').length).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      await expect(attr.name.startsWith('on')).toBe(false);
      if (attr.name === 'href') await expect(isSafeUrl(attr.value)).toBe(true);
      if (attr.name === 'src' || attr.name === 'poster') await expect(isHttpUrl(attr.value)).toBe(true);
    }
  }
  await expect((window as { __xss?: unknown }).__xss).toBeUndefined();
}
