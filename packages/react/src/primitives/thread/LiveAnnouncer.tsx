import type { Message } from '@xo-chat/core';
import { useEffect, useState } from 'react';
import { useChatClient } from '../../context';
import { format } from '../../i18n/locales';
import { useChatI18n } from '../../i18n/context';
import { sessionEventText } from '../message/SessionEventLine';
import { spokenText } from './spoken-text';

/** A streamed message as the store has it now (it is near the end, so this looks from there). */
function findFromEnd(messages: readonly Message[], id: string): Message | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.id === id) return messages[i];
  return undefined;
}

/**
 * A visually hidden polite live region that speaks each new bot or agent message as it arrives live. The
 * transcript itself is virtualized (rows mount and unmount while scrolling) and holds history, so announcing
 * from it would read old messages; this region hears only the client's live `message` events. A streamed
 * answer is spoken once, whole, when its last chunk has arrived: its first chunk alone would be half a sentence.
 */
export function LiveAnnouncer({ botName }: { botName?: string | undefined }) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const streaming = new Map<string, string>();
    const say = (message: Message, name: string) => {
      const text = spokenText(message);
      if (text) setAnnouncement(`${format(strings.botSaid, { name })} ${text}`);
    };
    const offMessage = client.on('message', (message) => {
      if (message.from === 'user' || message.fromHistory) return;
      if (message.event) return setAnnouncement(sessionEventText(message.event, strings));
      const name = message.author ? message.author.name || strings.agentFallbackName : (botName ?? client.botInfo.chatBot);
      if (message.streaming) streaming.set(message.id, name);
      else say(message, name);
    });
    const offStore = client.store.subscribe((state) => {
      for (const [id, name] of streaming) {
        const message = findFromEnd(state.messages, id);
        if (message?.streaming) continue;
        streaming.delete(id);
        if (message) say(message, name);
      }
    });
    return () => {
      offMessage();
      offStore();
    };
  }, [client, strings, botName]);
  return (
    <div className="xo-visually-hidden" aria-live="polite" aria-atomic="true" data-xo-announcer="">
      {announcement}
    </div>
  );
}
