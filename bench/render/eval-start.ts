// The first module of each bench page: when module evaluation began. harness.tsx, the last, takes the difference
// (every module of React's and xo-chat's ran in between), so `evaluationMs` is the page's JavaScript running its
// top level: what a bigger or busier bundle costs before anything renders. Parse and download are not in it.
window.__evalStart = performance.now();
