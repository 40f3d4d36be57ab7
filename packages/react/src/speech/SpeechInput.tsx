import { useEffect, useRef, useState } from 'react';
import { useChatI18n } from '../i18n/context';
import { format } from '../i18n/locales';
import { useComposerContext } from '../primitives/composer/context';
import { speechStrings } from './strings';
import type { SpeechStrings } from './strings';
import type { SpeechError, SpeechRecognizer, SpeechSession } from './types';

export type SpeechInputState =
  | { status: 'idle' }
  | { status: 'listening' }
  | { status: 'interim'; text: string }
  | { status: 'error'; error: SpeechError };

export interface SpeechInputProps {
  recognizer: SpeechRecognizer;
  /** `edit` (default): the final result stays in the input; `send`: it is sent. */
  finalResult?: 'edit' | 'send';
  /** Strings to override (the kit's five languages are built in). */
  strings?: Partial<SpeechStrings>;
}

export function speechErrorText(error: SpeechError, strings: SpeechStrings): string {
  switch (error.code) {
    case 'not-allowed':
      return strings.notAllowed;
    case 'no-speech':
      return strings.noSpeech;
    case 'no-microphone':
      return strings.noMicrophone;
    case 'network':
      return strings.network;
    default:
      return format(strings.failed, { detail: error.message || error.code });
  }
}

// Its few styles are inline (set through the CSSOM, which a strict CSP allows) so the kit's stylesheet, which
// every window pays for, carries nothing of a feature that loads only when used.
const WRAP = { position: 'relative', display: 'inline-flex' } as const;
const BUBBLE = {
  position: 'absolute',
  insetBlockEnd: 'calc(100% + 8px)',
  insetInlineStart: 0,
  inlineSize: 'max-content',
  maxInlineSize: '260px',
  padding: '4px 8px',
  borderRadius: '8px',
  background: 'var(--xo-color-surface)',
  color: 'var(--xo-color-text)',
  border: '1px solid var(--xo-color-border)',
  fontSize: '13px',
  zIndex: 1,
} as const;

/**
 * The composer's microphone: shown only where the recognizer is available. Interim words fill the input (after
 * what was typed before), the final result is left to edit or sent, and Escape stops listening. While it
 * listens the button turns red and says so, and a polite status announces it.
 */
export function SpeechInput({ recognizer, finalResult = 'edit', strings: overrides }: SpeechInputProps) {
  const composer = useComposerContext('SpeechInput');
  const { locale } = useChatI18n();
  const strings = speechStrings(locale, overrides);
  const [state, setState] = useState<SpeechInputState>({ status: 'idle' });
  const [available] = useState(() => {
    try {
      return recognizer.isAvailable();
    } catch {
      return false;
    }
  });
  const session = useRef<SpeechSession | null>(null);
  const latest = useRef(composer);
  latest.current = composer;
  const button = useRef<HTMLButtonElement | null>(null);
  // The final text to send once the input holds it (setValue is a state update; submit reads the next render).
  const sendWhen = useRef<string | null>(null);
  const active = state.status === 'listening' || state.status === 'interim';

  useEffect(() => {
    if (sendWhen.current !== null && composer.value === sendWhen.current) {
      sendWhen.current = null;
      composer.submit();
    }
  }, [composer]);

  // Escape stops listening, before the window's own Escape (which would close it) sees the key; the listener
  // is on the document so it works wherever focus is, in a shadow root too.
  useEffect(() => {
    if (!active) return;
    const doc = button.current?.ownerDocument ?? document;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      session.current?.abort();
      session.current = null;
      setState({ status: 'idle' });
    };
    doc.addEventListener('keydown', onKey, true);
    return () => doc.removeEventListener('keydown', onKey, true);
  }, [active]);

  // Leaving (the window closes) stops the microphone.
  useEffect(() => () => session.current?.abort(), []);

  if (!available) return null;

  const start = () => {
    const before = latest.current.value.trimEnd();
    const join = (text: string) => (before && text ? `${before} ${text}` : before || text);
    let ended = false;
    try {
      const handlers = {
        onInterim: (text: string) => {
          if (ended) return;
          latest.current.setValue(join(text));
          setState({ status: 'interim', text });
        },
        onFinal: (text: string) => {
          if (ended) return;
          const value = join(text);
          if (finalResult === 'send' && text.trim()) {
            // Already in the input (the last interim said the same): send now; else once the input holds it.
            if (latest.current.value === value) return void latest.current.submit();
            sendWhen.current = value;
          }
          latest.current.setValue(value);
        },
        onError: (error: SpeechError) => {
          if (ended) return;
          setState(error.code === 'aborted' ? { status: 'idle' } : { status: 'error', error });
        },
        onEnd: () => {
          ended = true;
          session.current = null;
          setState((s) => (s.status === 'error' ? s : { status: 'idle' }));
          latest.current.inputRef.current?.focus();
        },
      };
      setState({ status: 'listening' });
      session.current = recognizer.start({ lang: locale }, handlers);
    } catch (cause) {
      session.current = null;
      setState({ status: 'error', error: { code: 'failed', message: cause instanceof Error ? cause.message : String(cause) } });
    }
  };

  const stop = () => session.current?.stop();
  const message = state.status === 'error' ? speechErrorText(state.error, strings) : active ? strings.listening : '';

  return (
    <span style={WRAP} data-xo-speech="">
      <button
        ref={button}
        type="button"
        className="xo-icon-button xo-speech-button"
        data-state={state.status}
        aria-pressed={active}
        aria-label={active ? strings.stopListening : strings.startListening}
        title={active ? strings.stopListening : strings.startListening}
        disabled={composer.disabled}
        onClick={active ? stop : start}
        style={active ? { color: 'var(--xo-color-danger)', boxShadow: 'inset 0 0 0 2px var(--xo-color-danger)', borderRadius: '999px' } : undefined}
      >
        <svg className="xo-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          {active ? (
            <rect x="7" y="7" width="10" height="10" rx="2" fill="currentColor" />
          ) : (
            <path fill="currentColor" d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1A7 7 0 0 0 19 11h-2Z" />
          )}
        </svg>
      </button>
      {/* Always in the DOM, so what it says is announced when it changes. */}
      <span role="status" className={message ? undefined : 'xo-visually-hidden'} style={message ? BUBBLE : undefined} data-state={state.status}>
        {message}
      </span>
    </span>
  );
}
