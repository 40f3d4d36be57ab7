import { useChatClient } from '../context';
import { useLiveAgent, useTyping } from '../hooks/state-hooks';
import { format } from '../i18n/locales';
import { useChatI18n } from '../i18n/context';
import { cx } from './cx';

export interface TypingIndicatorProps {
  className?: string;
  /** Who is typing (defaults to the bot's name). */
  name?: string | undefined;
  /** Render it even while the bot is not typing (for previews). */
  forceVisible?: boolean;
}

/**
 * Three dots while the bot prepares an answer, or while the live agent types (with their name); a polite status
 * says so to screen readers.
 */
export function TypingIndicator({ className, name, forceVisible = false }: TypingIndicatorProps) {
  const client = useChatClient();
  const botTyping = useTyping();
  const agent = useLiveAgent();
  const typing = (agent ? agent.typing : botTyping) || forceVisible;
  const { strings } = useChatI18n();
  const who = agent ? agent.agent.name || strings.agentFallbackName : (name ?? client.botInfo.chatBot);
  const label = format(strings.typing, { name: who });
  return (
    <div className={cx('xo-typing', className)} role="status" data-state={typing ? 'typing' : 'idle'} data-who={agent ? 'agent' : 'bot'}>
      {typing ? (
        <>
          <span className="xo-typing__dots" aria-hidden="true">
            <span className="xo-typing__dot" />
            <span className="xo-typing__dot" />
            <span className="xo-typing__dot" />
          </span>
          <span className="xo-typing__label">{label}</span>
        </>
      ) : null}
    </div>
  );
}
