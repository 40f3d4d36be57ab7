import type { Message } from '@xo-chat/core';

/** What a screen reader hears for a message: its text, template titles and attachment names. */
export function spokenText(message: Message): string {
  if (message.renderMsg) return message.renderMsg;
  return message.parts
    .map((part) =>
      part.type === 'text' ? part.text : part.type === 'template' ? part.fallbackText : (part.text ?? part.name ?? ''),
    )
    .filter((s) => s.trim() !== '')
    .join('\n')
    .slice(0, 1000);
}
