// Where React 18.3 lives for the react-18 test project and the React 18 demo build (XO_DEMO_REACT=18).
// Resolved from this package, where react, react-dom and @testing-library/react are the 18.3 copies and each
// other's peers, so react-dom 18 never loads React 19 (pnpm links peers per dependent).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const dirOf = (name) => dirname(require.resolve(`${name}/package.json`));

export const react18Dirs = {
  react: dirOf('react'),
  reactDom: dirOf('react-dom'),
  testingLibrary: dirOf('@testing-library/react'),
};

// Only code Vite transforms sees aliases: a dependency that imports React and is left to Node (vitest
// externalizes node_modules) keeps React 19 unless it is inlined (reactDependents).
export function react18Aliases({ testingLibrary = false } = {}) {
  const aliases = [
    { find: /^react$/, replacement: react18Dirs.react },
    { find: /^react\/(.*)$/, replacement: `${react18Dirs.react}/$1` },
    { find: /^react-dom$/, replacement: react18Dirs.reactDom },
    { find: /^react-dom\/(.*)$/, replacement: `${react18Dirs.reactDom}/$1` },
  ];
  if (testingLibrary) aliases.push({ find: /^@testing-library\/react$/, replacement: react18Dirs.testingLibrary });
  return aliases;
}

export const reactDependents = ['zustand', 'virtua', 'use-sync-external-store', '@tanstack/react-query'];
