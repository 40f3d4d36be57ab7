import type { SpeechError, SpeechErrorCode, SpeechRecognizer, SpeechSynthesizer } from './types';

// The Web Speech API's shapes, only as far as they are used (lib.dom has no SpeechRecognition type).
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: { transcript: string } | undefined;
}
interface RecognitionEvent {
  readonly results: { readonly length: number; readonly [index: number]: RecognitionResult | undefined };
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string; message?: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionConstructor = new () => Recognition;

const ERROR_CODES: Record<string, SpeechErrorCode> = {
  'not-allowed': 'not-allowed',
  'service-not-allowed': 'not-allowed',
  'no-speech': 'no-speech',
  'audio-capture': 'no-microphone',
  network: 'network',
  aborted: 'aborted',
};

function recognitionConstructor(scope: object): RecognitionConstructor | undefined {
  const s = scope as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return s.SpeechRecognition ?? s.webkitSpeechRecognition;
}

/** The browser's speech recognition (Chromium and Safari have it, as `webkitSpeechRecognition`; Firefox not). */
export function createWebSpeechRecognizer(scope: object = globalThis): SpeechRecognizer {
  return {
    isAvailable: () => recognitionConstructor(scope) !== undefined,
    start({ lang }, handlers) {
      const Ctor = recognitionConstructor(scope);
      if (!Ctor) throw new Error('this browser has no speech recognition');
      const recognition = new Ctor();
      recognition.lang = lang;
      recognition.interimResults = true;
      recognition.continuous = false;
      recognition.maxAlternatives = 1;
      recognition.onresult = (event) => {
        let text = '';
        let final = false;
        for (let i = 0; i < event.results.length; i++) {
          const result = event.results[i];
          text += result?.[0]?.transcript ?? '';
          final = result?.isFinal ?? false;
        }
        if (final) handlers.onFinal(text.trim());
        else handlers.onInterim(text.trim());
      };
      recognition.onerror = (event) => {
        const error: SpeechError = { code: ERROR_CODES[event.error] ?? 'failed', message: event.message || event.error };
        handlers.onError(error);
      };
      recognition.onend = () => handlers.onEnd();
      recognition.start();
      return { stop: () => recognition.stop(), abort: () => recognition.abort() };
    },
  };
}

/** The browser's `speechSynthesis`. */
export function createWebSpeechSynthesizer(scope: object = globalThis): SpeechSynthesizer {
  const s = scope as { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };
  return {
    isAvailable: () => s.speechSynthesis !== undefined && typeof s.SpeechSynthesisUtterance === 'function',
    speak(text, lang) {
      if (!s.speechSynthesis || !s.SpeechSynthesisUtterance) return;
      const utterance = new s.SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      s.speechSynthesis.speak(utterance);
    },
    cancel() {
      s.speechSynthesis?.cancel();
    },
  };
}
