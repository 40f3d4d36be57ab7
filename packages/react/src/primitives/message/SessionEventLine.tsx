import type { Message, SessionEvent } from '@xo-chat/core';
import { useChatI18n } from '../../i18n/context';
import { format } from '../../i18n/locales';
import type { ChatStrings } from '../../i18n/types';
import { cx } from '../cx';

/** The session timeline's sentence for an event, in the window's language. */
export function sessionEventText(event: SessionEvent, strings: ChatStrings): string {
  const name = event.agent.name || strings.agentFallbackName;
  const template = event.type === 'agent-joined' ? strings.agentJoined : event.type === 'agent-left' ? strings.agentLeft : strings.agentTransferred;
  return format(template, { name });
}

export interface SessionEventLineProps {
  message: Message;
  event: SessionEvent;
  className?: string | undefined;
}

/** A line across the transcript: an agent joined, left, or took over. The live region announces it as it happens. */
export function SessionEventLine({ message, event, className }: SessionEventLineProps) {
  const { strings } = useChatI18n();
  return (
    <p className={cx('xo-session-event', className)} data-event={event.type} data-message-id={message.id} dir="auto">
      {sessionEventText(event, strings)}
    </p>
  );
}
