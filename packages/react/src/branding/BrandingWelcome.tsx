import { useChatSelector } from '../hooks/useChatSelector';
import type { BrandingWelcomeText } from './types';

/**
 * The bot's welcome text (plain text, as the branding gave it), above the transcript until the person's first
 * message: like the welcome screen of Kore's own window, it stays while the bot greets, and goes once they talk.
 */
export function BrandingWelcome({ title, text, note }: BrandingWelcomeText) {
  const started = useChatSelector((s) => s.messages.some((m) => m.from === 'user'));
  if (started) return null;
  return (
    <div className="xo-welcome" dir="auto">
      {title ? <p className="xo-welcome__title">{title}</p> : null}
      {text ? <p className="xo-welcome__text">{text}</p> : null}
      {note ? <p className="xo-welcome__note">{note}</p> : null}
    </div>
  );
}
