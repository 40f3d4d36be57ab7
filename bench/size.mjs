#!/usr/bin/env node
// Bundle size of what an app pays for xo-chat: min, gzip and brotli bytes, with budgets CI enforces.
//   node bench/size.mjs          print the table and write bench/results/size.json
//   node bench/size.mjs --check  the same, and exit 1 when a budget is exceeded
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

const cases = [
  {
    name: 'core: createChatClient',
    contents: `import { createChatClient } from '@xo-chat/core'; globalThis.x = createChatClient;`,
    external: [],
    budgetGzip: 12 * KB,
  },
  {
    name: 'react: ChatWindow + styles.css',
    contents: `import { ChatWindow } from '@xo-chat/react'; import '@xo-chat/react/styles.css'; globalThis.x = ChatWindow;`,
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    budgetGzip: 45 * KB,
  },
  {
    name: 'react + react-dom (not counted above)',
    contents: `import * as React from 'react'; import * as ReactDOM from 'react-dom/client'; import { jsx } from 'react/jsx-runtime'; globalThis.x = [React, ReactDOM, jsx];`,
    external: [],
    budgetGzip: null,
  },
];

async function measure({ contents, external }) {
  const result = await build({
    stdin: { contents, resolveDir: join(root, 'bench'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    outdir: join(root, 'bench/.out'),
    write: false,
    logLevel: 'silent',
    loader: { '.css': 'css' },
  });
  const bytes = Buffer.concat(result.outputFiles.filter((f) => !f.path.endsWith('.map')).map((f) => Buffer.from(f.contents)));
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = [];
for (const c of cases) {
  const size = await measure(c);
  rows.push({ name: c.name, ...size, budgetGzip: c.budgetGzip, withinBudget: c.budgetGzip === null ? null : size.gzip <= c.budgetGzip });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log(`${'bundle'.padEnd(40)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  budget (gzip)`);
for (const r of rows) {
  const budget = r.budgetGzip === null ? '' : `${kb(r.budgetGzip)} ${r.withinBudget ? 'ok' : 'OVER'}`;
  console.log(`${r.name.padEnd(40)} ${kb(r.min).padStart(9)} ${kb(r.gzip).padStart(9)} ${kb(r.brotli).padStart(9)}  ${budget}`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/size.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);

if (process.argv.includes('--check')) {
  const over = rows.filter((r) => r.withinBudget === false);
  if (over.length) {
    console.error(`Over budget: ${over.map((r) => `${r.name} is ${kb(r.gzip)} gzip, budget ${kb(r.budgetGzip)}`).join('; ')}.`);
    process.exit(1);
  }
}
