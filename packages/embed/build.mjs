#!/usr/bin/env node
// Builds the one-file embed twice: dist/xo-chat.js on preact/compat (the default: React 19 alone is 60 KB of the
// 115 KB budget) and dist/xo-chat.react.js on React itself, for sites that want React's exact behaviour.
//   node build.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const PX_PER_REM = 16;

// The kit's stylesheet with its @imports inlined, then the host rules; rem becomes px, because rem follows the
// page's <html>, which a shadow root does not protect.
async function stylesheet() {
  const result = await build({
    stdin: { contents: `@import '@xo-chat/react/styles.css';`, resolveDir: here, loader: 'css' },
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const kit = result.outputFiles[0].text;
  const host = (await build({ entryPoints: [join(here, 'src/host.css')], minify: true, write: false, logLevel: 'silent' })).outputFiles[0].text;
  return (host + kit).replace(/(-?\d*\.?\d+)rem\b/g, (_, n) => `${+(Number(n) * PX_PER_REM).toFixed(3)}px`);
}

const PREACT = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
};

async function bundle(outfile, alias) {
  await build({
    entryPoints: [join(here, 'src/index.ts')],
    absWorkingDir: here,
    outfile: join(here, outfile),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    conditions: ['source'],
    sourcemap: true,
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"', __XO_EMBED_CSS__: JSON.stringify(css) },
    alias,
    logLevel: 'warning',
  });
  const bytes = readFileSync(join(here, outfile));
  console.log(`${outfile}: ${(bytes.length / 1024).toFixed(1)} KB min, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
}

const css = await stylesheet();
await bundle('dist/xo-chat.js', PREACT);
await bundle('dist/xo-chat.react.js', {});
