import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadTemplates } from '../templates/lazy';
import { failOnReactWarnings } from './react-warnings';

// Lazy renderers' code is fetched once up front, so a test renders a template as soon as it mounts; the lazy
// path itself (Suspense with the template's text) is covered where a test does not wait for this.
beforeAll(() => preloadTemplates());
// Registered before cleanup, so it runs after it (hooks unwind) and sees warnings from unmounting too.
if (process.env['XO_TEST_REACT'] === '18') failOnReactWarnings();
afterEach(() => cleanup());
