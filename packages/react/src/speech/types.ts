// Speech in and out through small interfaces, so an app can plug in a cloud recognizer or voice, and tests a fake.

/** Why listening stopped without a result. `aborted` (the person stopped it) is not shown as an error. */
export type SpeechErrorCode = 'not-allowed' | 'no-speech' | 'no-microphone' | 'network' | 'aborted' | 'failed';

export interface SpeechError {
  code: SpeechErrorCode;
  /** Detail from the recognizer, for the `failed` message and for logs. */
  message?: string;
}

export interface SpeechRecognitionHandlers {
  /** The words so far (the whole utterance, not a delta); they may still change. */
  onInterim(text: string): void;
  /** The utterance, settled. */
  onFinal(text: string): void;
  onError(error: SpeechError): void;
  /** Listening is over (after a final result, an error or a stop). Called once. */
  onEnd(): void;
}

/** One listening turn. */
export interface SpeechSession {
  /** Stop listening and deliver what was heard. */
  stop(): void;
  /** Stop listening and drop what was not final yet. */
  abort(): void;
}

/** Turns speech into text: the browser's Web Speech API by default, or a cloud service. */
export interface SpeechRecognizer {
  /** False where this recognizer cannot run; the microphone button is not shown then. */
  isAvailable(): boolean;
  /** Starts listening in `lang` (BCP 47). May throw; the button then shows the error. */
  start(options: { lang: string }, handlers: SpeechRecognitionHandlers): SpeechSession;
}

/** Reads text aloud: the browser's `speechSynthesis` by default. */
export interface SpeechSynthesizer {
  isAvailable(): boolean;
  /** Queues `text` to be read in `lang`. */
  speak(text: string, lang: string): void;
  /** Stops reading and empties the queue. */
  cancel(): void;
}

/** `ChatWindow`'s `speech` prop. */
export interface SpeechOptions {
  /** Voice input (default: the Web Speech API where the browser has it); `null` turns voice input off. */
  recognizer?: SpeechRecognizer | null;
  /** Voice output (default: `speechSynthesis`); `null` turns the header's read-aloud toggle off. */
  synthesizer?: SpeechSynthesizer | null;
  /** What the final result does: `edit` (default) leaves it in the input to check, `send` sends it. */
  finalResult?: 'edit' | 'send';
}
