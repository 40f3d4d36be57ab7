import type { Message } from '@xo-chat/core';
import { useChatI18n } from '../../i18n/context';
import { MessageParts } from '../../templates';

/** A message's parts: markdown text, templates through the registry, attachments. */
export function MessageContent({ message }: { message: Message }) {
  const { locale } = useChatI18n();
  return <MessageParts message={message} locale={locale} />;
}
