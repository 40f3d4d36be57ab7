// The transcript every render measure uses: N messages alternating user and bot, with a little Kore markdown
// in the bot's, each carrying a unique marker (`m-<index>`) so the harness can find it in any DOM.
import type { Message } from '@xo-chat/core';

const BOT_LINES = [
  'Your flight *XO 481* leaves at 14:05 from gate B12.',
  'I can help with _bookings_, baggage and refunds. What do you need?',
  'Here is the policy: [baggage rules](https://example.com/baggage).',
  'Done. A confirmation was sent to your email address.',
];
const USER_LINES = ['Where is my flight?', 'I need help with my booking', 'What about baggage?', 'Thanks!'];

export function marker(index: number): string {
  return index < 0 ? `o-${String(-index).padStart(6, '0')}` : `m-${String(index).padStart(6, '0')}`;
}

export function makeMessage(index: number, baseTime = 1_700_000_000_000): Message {
  const fromUser = Math.abs(index) % 2 === 0;
  const lines = fromUser ? USER_LINES : BOT_LINES;
  const line = lines[Math.abs(index) % lines.length] ?? '';
  const id = `msg-${index}`;
  return {
    id,
    from: fromUser ? 'user' : 'bot',
    createdAt: baseTime + index * 1000,
    // Joined, not concatenated: a real client's text comes flat out of JSON.parse, where `${a} ${b}` leaves V8 a
    // rope that only a DOM write flattens (the plain list writes all of them, the widget a screen of them).
    parts: [{ type: 'text', text: [line, marker(index)].join(' ') }],
    ...(fromUser ? { clientMessageId: id, status: 'sent' as const } : {}),
  };
}

/** Messages with indices [from, to), oldest first. Negative indices are "older" history. */
export function makeTranscript(from: number, to: number): Message[] {
  const out: Message[] = [];
  for (let i = from; i < to; i++) out.push(makeMessage(i));
  return out;
}
