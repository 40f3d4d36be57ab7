// Production build of the render bench page: bench/dist/render (ignored by git and lint).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../dist/render'),
    emptyOutDir: process.env['XO_BENCH_PAGE'] !== 'plain',
    reportCompressedSize: false,
    // One page per build (XO_BENCH_PAGE=index|plain, measure.mjs builds both into one directory): the plain list's
    // bundle has none of xo-chat's code, and neither shares a chunk with the other.
    rollupOptions: {
      input: resolve(import.meta.dirname, `${process.env['XO_BENCH_PAGE'] ?? 'index'}.html`),
      // The widget's lazy chunks share `react` with its entry, so the bundler puts it in a chunk of its own that
      // runs before the entry's first module (eval-start.ts); the plain page gets the same chunk, so both pages'
      // evaluation leaves out the same module.
      output: { manualChunks: (id: string) => (/[\\/]node_modules[\\/]react[\\/]/.test(id) ? 'react' : undefined) },
    },
  },
});
