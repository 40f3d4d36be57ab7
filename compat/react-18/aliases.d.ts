export declare const react18Dirs: { react: string; reactDom: string; testingLibrary: string };
/**
 * Vite `resolve.alias` entries sending `react`, `react-dom` and every subpath (`react/jsx-runtime`,
 * `react-dom/client`, `react-dom/server`, ...) to React 18.3; with `testingLibrary`, `@testing-library/react` too.
 */
export declare function react18Aliases(options?: { testingLibrary?: boolean }): Array<{ find: RegExp; replacement: string }>;
/** The kit's dependencies that import React themselves: inline them in vitest so they get the aliased copy. */
export declare const reactDependents: string[];
