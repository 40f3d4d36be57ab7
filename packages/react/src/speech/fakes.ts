// A recognizer and a synthesizer with no browser behind them, for tests and stories (headless Chromium has no
// recognizer): a test says what was "heard", and reads what was "said".
import type { SpeechError, SpeechRecognitionHandlers, SpeechRecognizer, SpeechSynthesizer } from './types';

export interface FakeRecognizer extends SpeechRecognizer {
  available: boolean;
  /** Thrown by the next `start`, as a broken cloud recognizer would. */
  failNextStart: Error | null;
  readonly sessions: Array<{ lang: string; stopped: boolean; aborted: boolean }>;
  /** True while a session listens. */
  readonly listening: boolean;
  interim(text: string): void;
  final(text: string): void;
  error(code: SpeechError['code'], message?: string): void;
  end(): void;
}

export function createFakeRecognizer(options: { available?: boolean } = {}): FakeRecognizer {
  let handlers: SpeechRecognitionHandlers | null = null;
  const sessions: FakeRecognizer['sessions'] = [];
  const end = () => {
    const h = handlers;
    handlers = null;
    h?.onEnd();
  };
  return {
    available: options.available ?? true,
    failNextStart: null,
    sessions,
    get listening() {
      return handlers !== null;
    },
    isAvailable() {
      return this.available;
    },
    start({ lang }, h) {
      if (this.failNextStart) {
        const error = this.failNextStart;
        this.failNextStart = null;
        throw error;
      }
      const session = { lang, stopped: false, aborted: false };
      sessions.push(session);
      handlers = h;
      return {
        stop: () => {
          session.stopped = true;
          end();
        },
        abort: () => {
          session.aborted = true;
          handlers = null;
        },
      };
    },
    interim: (text) => handlers?.onInterim(text),
    final: (text) => handlers?.onFinal(text),
    error: (code, message) => {
      handlers?.onError(message === undefined ? { code } : { code, message });
      end();
    },
    end,
  };
}

export interface FakeSynthesizer extends SpeechSynthesizer {
  available: boolean;
  /** Everything queued and not cancelled, oldest first. */
  readonly queue: Array<{ text: string; lang: string }>;
  /** Everything ever spoken. */
  readonly spoken: Array<{ text: string; lang: string }>;
  readonly cancels: number;
}

export function createFakeSynthesizer(options: { available?: boolean } = {}): FakeSynthesizer {
  const queue: FakeSynthesizer['queue'] = [];
  const spoken: FakeSynthesizer['spoken'] = [];
  let cancels = 0;
  return {
    available: options.available ?? true,
    queue,
    spoken,
    get cancels() {
      return cancels;
    },
    isAvailable() {
      return this.available;
    },
    speak(text, lang) {
      queue.push({ text, lang });
      spoken.push({ text, lang });
    },
    cancel() {
      cancels += 1;
      queue.length = 0;
    },
  };
}
