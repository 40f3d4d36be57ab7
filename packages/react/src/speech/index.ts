// `@xo-chat/react/speech`: the speech parts for custom UIs, and the Web Speech API defaults. ChatWindow's
// `speech` prop loads the same parts as a lazy chunk.
export { SpeechInput, speechErrorText } from './SpeechInput';
export type { SpeechInputProps, SpeechInputState } from './SpeechInput';
export { SpeechOutputToggle } from './SpeechOutput';
export type { SpeechOutputToggleProps } from './SpeechOutput';
export { speechStrings } from './strings';
export type { SpeechStrings } from './strings';
export { speakableText } from './text';
export { createWebSpeechRecognizer, createWebSpeechSynthesizer } from './web-speech';
export type {
  SpeechError,
  SpeechErrorCode,
  SpeechOptions,
  SpeechRecognitionHandlers,
  SpeechRecognizer,
  SpeechSession,
  SpeechSynthesizer,
} from './types';
export { createFakeRecognizer, createFakeSynthesizer } from './fakes';
export type { FakeRecognizer, FakeSynthesizer } from './fakes';
