import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { react18Aliases } from '../../compat/react-18/aliases.js';

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

// XO_DEMO_REACT=18 builds the demo on React 18.3 (compat/react-18), the floor of the kit's peer range, for the
// react-18 e2e project; otherwise it runs on the workspace's React 19.
const react18 = process.env.XO_DEMO_REACT === '18';
if (process.env.XO_DEMO_REACT && !react18) {
  throw new Error(`XO_DEMO_REACT=${process.env.XO_DEMO_REACT}: only 18 is known (unset it for React 19).`);
}

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions], ...(react18 ? { alias: react18Aliases() } : {}) },
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
