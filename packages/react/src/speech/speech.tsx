// The lazy chunk ChatWindow loads when its `speech` prop is set: the parts with the browser's defaults.
import { SpeechInput } from './SpeechInput';
import { SpeechOutputToggle } from './SpeechOutput';
import type { SpeechOptions } from './types';
import { createWebSpeechRecognizer, createWebSpeechSynthesizer } from './web-speech';

export function WindowSpeechInput({ options }: { options: SpeechOptions }) {
  const recognizer = options.recognizer === undefined ? createWebSpeechRecognizer() : options.recognizer;
  return recognizer ? <SpeechInput recognizer={recognizer} {...(options.finalResult ? { finalResult: options.finalResult } : {})} /> : null;
}

export function WindowSpeechOutput({ options }: { options: SpeechOptions }) {
  const synthesizer = options.synthesizer === undefined ? createWebSpeechSynthesizer() : options.synthesizer;
  return synthesizer ? <SpeechOutputToggle synthesizer={synthesizer} /> : null;
}
