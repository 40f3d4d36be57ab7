import { useChatClient } from '../context';
import { useTyping } from '../hooks/state-hooks';
import { format } from '../i18n/locales';
import { useChatI18n } from '../i18n/context';
import { cx } from './Slot';

export interface TypingIndicatorProps {
  className?: string;
  /** Who is typing (defaults to the bot's name). */
  name?: string | undefined;
  /** Render it even while the bot is not typing (for previews). */
  forceVisible?: boolean;
}

/** Three dots while the bot prepares an answer; a polite status says so to screen readers. */
export function TypingIndicator({ className, name, forceVisible = false }: TypingIndicatorProps) {
  const client = useChatClient();
  const typing = useTyping() || forceVisible;
  const { strings } = useChatI18n();
  const label = format(strings.typing, { name: name ?? client.botInfo.chatBot });
  return (
    <div className={cx('xo-typing', className)} role="status" data-state={typing ? 'typing' : 'idle'}>
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
