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
  build: { outDir: resolve(import.meta.dirname, '../dist/render'), emptyOutDir: true, reportCompressedSize: false },
});
