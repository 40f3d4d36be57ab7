import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const platformOrigin = process.env.XO_PLATFORM_ORIGIN ?? 'http://localhost:3917';
const wsOrigin = platformOrigin.replace(/^http/, 'ws');

// The demo runs under a strict Content-Security-Policy: no inline scripts, no eval. If the widget ever needs
// either, the e2e suite sees a violation and fails. connect-src allows any host the settings panel may point to.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${platformOrigin} https: data: blob:`,
  `media-src 'self' ${platformOrigin} https: blob:`,
  // Kore's iframe and inline-form templates embed a page (sandboxed by the widget): the platform's, or any https one.
  `frame-src 'self' ${platformOrigin} https:`,
  `connect-src 'self' ${platformOrigin} ${wsOrigin} https: wss: http://localhost:* ws://localhost:*`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    // A second e2e run beside the first (another worktree's, a helper's) builds to its own directory.
    outDir: process.env.XO_DEMO_OUT_DIR ?? 'dist',
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), inline: resolve(import.meta.dirname, 'inline.html') },
    },
  },
  server: { port: 5173, strictPort: true },
  // Vite's dev server injects inline scripts for HMR, so the strict policy applies to the built demo only.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': csp } },
});
