// Shared by the template tests (not shipped: nothing in the package entry imports it).
import type { JsonObject, Message, MessagePart } from '@xo-chat/core';
import { isHttpUrl, isSafeUrl } from '@xo-chat/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { ChatClientContext } from '../context';
import { createFakeChatClient } from '../testing/fake-client';
import type { FakeChatClient } from '../testing/fake-client';
import { MessageParts } from './MessageParts';
import { templatePart } from './fixtures';
import { axeViolations } from '../test/render';

let seq = 0;

export function botMessage(parts: MessagePart[], extra: Partial<Message> = {}): Message {
  return { id: `m-${++seq}-${Math.random().toString(36).slice(2)}`, from: 'bot', createdAt: 0, parts, ...extra };
}

export function renderParts(
  parts: MessagePart[],
  options: { message?: Partial<Message>; client?: FakeChatClient; wrap?: (node: ReactNode) => ReactNode; dir?: 'rtl' | 'ltr' } = {},
) {
  const client = options.client ?? createFakeChatClient();
  const message = botMessage(parts, options.message);
  const node = <MessageParts message={message} />;
  const wrapped = options.wrap ? options.wrap(node) : node;
  const result = render(
    <ChatClientContext.Provider value={client}>
      <div dir={options.dir ?? 'ltr'} lang="en">
        {wrapped}
      </div>
    </ChatClientContext.Provider>,
  );
  return { ...result, client, message };
}

/** Renders one template payload (the object holding `template_type`) through MessageParts. */
export function renderTemplate(payload: JsonObject, options: Parameters<typeof renderParts>[1] = {}) {
  return renderParts([templatePart(payload)], options);
}

/** No script elements, no event-handler attributes, and every URL attribute allow-listed. */
export function expectNothingUnsafe(container: HTMLElement): void {
  expect(container.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `event attribute ${attr.name} on <${el.tagName}>`).toBe(false);
      if (['href', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
        expect(isSafeUrl(attr.value), `unsafe ${attr.name}="${attr.value}"`).toBe(true);
      }
      if (['src', 'poster', 'srcset', 'data'].includes(attr.name)) {
        expect(isHttpUrl(attr.value), `unsafe ${attr.name}="${attr.value}"`).toBe(true);
      }
    }
  }
}

/** axe-core finds no violations (color contrast cannot be computed in jsdom and is left to the stories). */
export async function expectAccessible(container: HTMLElement): Promise<void> {
  expect(await axeViolations(container)).toEqual([]);
}

/** Script-ish strings a bot (or an attacker behind one) might put in any text field. */
export const HOSTILE_TEXT = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=alert(1)>',
  '[click](javascript:alert(1))',
] as const;

/** URLs that must never reach an href or src. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '&#106;avascript:alert(1)',
  '//evil.example/x',
  'javascript&colon;alert(1)',
] as const;
