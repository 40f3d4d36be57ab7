import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import type { SpeechOptions } from './types';

type Part = ComponentType<{ options: SpeechOptions }>;

// One chunk for both parts, fetched only by a window that has `speech` set; if it cannot load, the window
// simply has no speech controls (a missing microphone must not take the chat down).
const load = () => import('./speech');
const none: Part = () => null;
const Input = lazy(() => load().then((m): { default: Part } => ({ default: m.WindowSpeechInput }), () => ({ default: none })));
const Output = lazy(() => load().then((m): { default: Part } => ({ default: m.WindowSpeechOutput }), () => ({ default: none })));

export function LazySpeechInput({ options }: { options: SpeechOptions }) {
  return (
    <Suspense fallback={null}>
      <Input options={options} />
    </Suspense>
  );
}

export function LazySpeechOutput({ options }: { options: SpeechOptions }) {
  return (
    <Suspense fallback={null}>
      <Output options={options} />
    </Suspense>
  );
}
