import type { Message } from '@xo-chat/core';
import { useEffect, useState } from 'react';
import { useChatClient } from '../../context';
import { format } from '../../i18n/locales';
import { useChatI18n } from '../../i18n/context';
import { sessionEventText } from '../message/SessionEventLine';

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

/**
 * A visually hidden polite live region that speaks each new bot or agent message as it arrives live. The
 * transcript itself is virtualized (rows mount and unmount while scrolling) and holds history, so announcing
 * from it would read old messages; this region hears only the client's live `message` events.
 */
export function LiveAnnouncer({ botName }: { botName?: string | undefined }) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const [announcement, setAnnouncement] = useState('');
  useEffect(
    () =>
      client.on('message', (message) => {
        if (message.from === 'user' || message.fromHistory) return;
        if (message.event) return setAnnouncement(sessionEventText(message.event, strings));
        const text = spokenText(message);
        const name = message.author ? message.author.name || strings.agentFallbackName : (botName ?? client.botInfo.chatBot);
        if (text) setAnnouncement(`${format(strings.botSaid, { name })} ${text}`);
      }),
    [client, strings, botName],
  );
  return (
    <div className="xo-visually-hidden" aria-live="polite" aria-atomic="true" data-xo-announcer="">
      {announcement}
    </div>
  );
}
