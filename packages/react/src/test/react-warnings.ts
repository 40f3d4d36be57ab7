import { afterEach, beforeEach } from 'vitest';

// React 18 starts every development warning with "Warning:" (React 19 dropped the prefix, and most of those
// warnings: it is the one that tells a React 19-only API from a real prop). In the react-18 project a test that
// makes React warn fails, so "`ref` is not a prop" and "Unknown event handler property" cannot slip back in.
const allowed: RegExp[] = [];
let seen: string[] = [];

/** Lets the running test make a React warning matching `pattern` (one it causes on purpose). */
export function allowReactWarning(pattern: RegExp): void {
  allowed.push(pattern);
}

function render(args: unknown[]): string {
  const [template, ...rest] = args;
  if (typeof template !== 'string') return String(template);
  let i = 0;
  return template.replace(/%s/g, () => String(rest[i++]));
}

/** Installs the check (test/setup.ts does, on React 18 only). */
export function failOnReactWarnings(): void {
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const message = render(args);
    if (message.startsWith('Warning:') && !allowed.some((pattern) => pattern.test(message))) seen.push(message.split('\n')[0]!);
    original(...args);
  };
  beforeEach(() => {
    seen = [];
    allowed.length = 0;
  });
  afterEach(() => {
    if (seen.length === 0) return;
    const found = seen;
    seen = [];
    throw new Error(
      `React 18 warned during this test (a React 19-only API, or a real bug), fix the cause or, if the test means it, call allowReactWarning():\n${found.join('\n')}`,
    );
  });
}
