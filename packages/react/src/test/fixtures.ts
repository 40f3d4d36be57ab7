import type { Message, MessagePart } from '@xo-chat/core';

let seq = 0;
const BASE = Date.UTC(2026, 0, 15, 10, 0, 0);

/** A message with sensible defaults; `text` becomes its only part. */
export function msg(partial: Partial<Message> & { text?: string } = {}): Message {
  const { text, ...rest } = partial;
  seq += 1;
  const parts: MessagePart[] = [{ type: 'text', text: text ?? `message ${seq}` }];
  return { id: `m${seq}`, from: 'bot', createdAt: BASE + seq * 1000, parts, ...rest };
}

export function quickRepliesMessage(extra: Partial<Message> = {}): Message {
  return msg({
    parts: [
      {
        type: 'template',
        templateType: 'quick_replies',
        fallbackText: 'Pick one',
        payload: {
          template_type: 'quick_replies',
          text: 'Pick one',
          quick_replies: [
            { content_type: 'text', title: 'Flights', payload: 'FLIGHTS' },
            { content_type: 'text', title: 'Hotels', payload: 'HOTELS' },
            { content_type: 'text', title: '', payload: 'EMPTY' },
          ],
        },
      },
    ],
    ...extra,
  });
}
