// Production build of the render bench page: bench/.out/render (ignored).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../.out/render'), emptyOutDir: true, reportCompressedSize: false },
});
