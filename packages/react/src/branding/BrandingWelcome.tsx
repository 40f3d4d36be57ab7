import type { BrandingWelcomeText } from './types';

/** The bot's welcome text in the empty transcript (plain text, as the branding gave it). */
export function BrandingWelcome({ title, text, note }: BrandingWelcomeText) {
  return (
    <div className="xo-welcome" dir="auto">
      {title ? <p className="xo-welcome__title">{title}</p> : null}
      {text ? <p className="xo-welcome__text">{text}</p> : null}
      {note ? <p className="xo-welcome__note">{note}</p> : null}
    </div>
  );
}
