import { useEffect, useRef, useState } from 'react';
import { useChatClient } from '../context';
import { useChatI18n } from '../i18n/context';
import { speechStrings } from './strings';
import type { SpeechStrings } from './strings';
import { speakableText } from './text';
import type { SpeechSynthesizer } from './types';

export interface SpeechOutputToggleProps {
  synthesizer: SpeechSynthesizer;
  strings?: Partial<SpeechStrings>;
  /** Initial state (default off: nothing is read aloud until the person asks). */
  defaultOn?: boolean;
}

/**
 * The header's read-aloud switch. While on, each new live bot or agent answer is read (markdown as its words,
 * templates and files as their text). Reading stops when the person types, turns it off, or the window closes.
 */
export function SpeechOutputToggle({ synthesizer, strings: overrides, defaultOn = false }: SpeechOutputToggleProps) {
  const client = useChatClient();
  const { locale } = useChatI18n();
  const strings = speechStrings(locale, overrides);
  const [on, setOn] = useState(defaultOn);
  const [available] = useState(() => {
    try {
      return synthesizer.isAvailable();
    } catch {
      return false;
    }
  });
  const button = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (!on || !available) return;
    const off = client.on('message', (message) => {
      if (message.from === 'user' || message.fromHistory) return;
      const text = speakableText(message, locale);
      if (text) synthesizer.speak(text, locale);
    });
    // Typing anywhere in the window (the composer, a form template) means the person has moved on.
    const scope = button.current?.closest('.xo-window') ?? button.current?.ownerDocument;
    const quiet = () => synthesizer.cancel();
    scope?.addEventListener('input', quiet);
    return () => {
      off();
      scope?.removeEventListener('input', quiet);
      synthesizer.cancel();
    };
  }, [on, available, client, locale, synthesizer]);

  if (!available) return null;
  return (
    <button
      ref={button}
      type="button"
      className="xo-icon-button xo-speech-output"
      aria-pressed={on}
      aria-label={strings.readAloud}
      title={strings.readAloud}
      data-state={on ? 'on' : 'off'}
      onClick={() => setOn((v) => !v)}
    >
      <svg className="xo-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M4 9v6h4l5 4V5L8 9H4Z" />
        {on ? <path fill="currentColor" d="M16 7.5a6 6 0 0 1 0 9l-1.4-1.4a4 4 0 0 0 0-6.2L16 7.5Zm2.8-2.8a10 10 0 0 1 0 14.6l-1.4-1.4a8 8 0 0 0 0-11.8l1.4-1.4Z" /> : <path fill="currentColor" d="m16 9.4 1.4-1.4 2 2 2-2 1.4 1.4-2 2 2 2-1.4 1.4-2-2-2 2-1.4-1.4 2-2-2-2Z" />}
      </svg>
    </button>
  );
}
