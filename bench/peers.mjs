#!/usr/bin/env node
// `pnpm bench:peers` (not in CI): the same 1,000-message transcript rendered by xo-chat, by
// @chatscope/chat-ui-kit-react and by botframework-webchat, in Chromium, with bundle sizes, in one run.
// The peers are installed on demand into bench/.peers (ignored by git, outside the workspace and its lockfile).
//   node bench/peers.mjs [--runs 3]   prints a table, writes bench/results/peers.json
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { serveStatic } from './lib/static-server.mjs';
import { median, ratio, round } from './lib/stats.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const peersDir = join(bench, '.peers');
const out = join(bench, 'dist/peers');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const COUNT = 1000;
const PEER_PACKAGES = ['@chatscope/chat-ui-kit-react@2.1.1', '@chatscope/chat-ui-kit-styles@1.4.0', 'botframework-webchat@4.18.1', 'prop-types@15.8.1', 'punycode@2.3.1'];

const CONTENDERS = [
  {
    name: 'xo-chat ChatWindow',
    entry: 'peers/ours.tsx',
    sizeOf: `import { ChatWindow } from '@xo-chat/react'; import '@xo-chat/react/styles.css'; globalThis.x = ChatWindow;`,
  },
  {
    name: '@chatscope/chat-ui-kit-react',
    entry: 'peers/chatscope.tsx',
    sizeOf: `import { MainContainer, ChatContainer, MessageList, Message } from '@chatscope/chat-ui-kit-react'; import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css'; globalThis.x = [MainContainer, ChatContainer, MessageList, Message];`,
    requires: '@chatscope/chat-ui-kit-react',
  },
  {
    name: 'botframework-webchat',
    entry: 'peers/webchat.tsx',
    sizeOf: `import ReactWebChat from 'botframework-webchat'; globalThis.x = ReactWebChat;`,
    requires: 'botframework-webchat',
  },
];

function installPeers() {
  const nameOf = (spec) => spec.slice(0, spec.lastIndexOf('@'));
  const missing = PEER_PACKAGES.filter((spec) => !existsSync(join(peersDir, 'node_modules', nameOf(spec), 'package.json')));
  if (missing.length === 0) return;
  console.error(`installing ${PEER_PACKAGES.join(', ')} into bench/.peers (once)...`);
  mkdirSync(peersDir, { recursive: true });
  // --legacy-peer-deps: the peers use the workspace's React, never a copy of their own.
  execFileSync('npm', ['install', '--prefix', peersDir, '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', ...PEER_PACKAGES], {
    stdio: 'inherit',
  });
}

// Every React import, wherever it comes from, resolves to the workspace's one copy.
const oneReact = {
  name: 'one-react',
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom)(\/.*)?$/ }, (args) =>
      args.resolveDir === bench ? undefined : b.resolve(args.path, { resolveDir: bench, kind: args.kind }),
    );
  },
};

// Three "-es5" packages of botframework-webchat build their lib/ in a postinstall script, which this install
// skips (--ignore-scripts): bundle their ES module source instead, the same code before its ES5 transpile.
const es5Sources = {
  name: 'es5-sources',
  setup(b) {
    b.onResolve({ filter: /^(abort-controller-es5|p-defer-es5|markdown-it-attrs-es5)$/ }, (args) => ({
      path: join(peersDir, 'node_modules', args.path, 'src/index.mjs'),
    }));
  },
};

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  nodePaths: [join(peersDir, 'node_modules')],
  loader: { '.css': 'css', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
  logLevel: 'silent',
};

// Only our packages resolve to their TypeScript source; a peer's `source` export may point at files it does not ship.
const conditionsFor = (c) => (c.requires ? [] : ['source']);

async function bundleSize(c) {
  const result = await build({
    ...common,
    conditions: conditionsFor(c),
    plugins: [es5Sources],
    stdin: { contents: c.sizeOf, resolveDir: bench, loader: 'js' },
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    outdir: join(out, 'size'),
    write: false,
  });
  const bytes = Buffer.concat(result.outputFiles.filter((f) => /\.(js|css)$/.test(f.path)).map((f) => Buffer.from(f.contents)));
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function buildPage(c, slug) {
  await build({ ...common, conditions: conditionsFor(c), entryPoints: { [slug]: join(bench, c.entry) }, outdir: out, plugins: [oneReact, es5Sources] });
  const css = existsSync(join(out, `${slug}.css`)) ? `<link rel="stylesheet" href="./${slug}.css">` : '';
  writeFileSync(
    join(out, `${slug}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${css}<style>html,body{margin:0}#stage{width:420px;height:640px;display:flex;flex-direction:column}#stage>*{flex:1;min-height:0}</style></head><body><div id="stage"></div><script type="module" src="./${slug}.js"></script></body></html>`,
  );
}

installPeers();
mkdirSync(out, { recursive: true });
const rows = [];
for (const [i, c] of CONTENDERS.entries()) {
  const slug = `peer${i}`;
  try {
    const size = await bundleSize(c);
    await buildPage(c, slug);
    rows.push({ ...c, slug, size, mounts: [], error: null });
  } catch (error) {
    rows.push({ ...c, slug, size: null, mounts: [], error: `build failed: ${error.message.split('\n').slice(0, 4).join(' ')}` });
  }
}

const server = await serveStatic(out);
const browser = await chromium.launch(chromiumLaunchOptions);
for (let run = -1; run < RUNS; run++) {
  for (const r of rows) {
    if (r.error) continue;
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.url}/${r.slug}.html?n=${COUNT}`);
      const ms = await page.evaluate(() => window.__peer.mounted);
      if (run >= 0) r.mounts.push(ms); // run -1 warms the browser up
    } catch (error) {
      r.error = `did not render: ${error.message.split('\n')[0]}${errors.length ? `; page errors: ${errors.slice(0, 2).join(' | ')}` : ''}`;
    }
    await context.close();
  }
}
await browser.close();
await server.close();

const ours = rows[0];
const oursMount = median(ours.mounts);
const result = rows.map((r) => {
  const mount = median(r.mounts);
  return {
    name: r.name,
    gzipBytes: r.size?.gzip ?? null,
    minBytes: r.size?.min ?? null,
    mountMs: round(mount),
    sizeVsOurs: r.size && ours.size ? round(ratio(r.size.gzip, ours.size.gzip), 2) : null,
    mountVsOurs: round(ratio(mount, oursMount), 2),
    mounts: r.mounts.map((m) => round(m)),
    error: r.error,
  };
});
console.log(`peers: ${COUNT} messages, mount = page start to the last message painted, median of ${RUNS}; react and react-dom excluded from sizes`);
console.log(`${'library'.padEnd(32)} ${'gzip'.padStart(10)} ${'x ours'.padStart(7)} ${'mount'.padStart(10)} ${'x ours'.padStart(7)}`);
for (const r of result) {
  const gz = r.gzipBytes === null ? 'n/a' : `${(r.gzipBytes / 1024).toFixed(1)} KB`;
  console.log(`${r.name.padEnd(32)} ${gz.padStart(10)} ${String(r.sizeVsOurs ?? '').padStart(7)} ${(r.mountMs === null ? 'n/a' : `${r.mountMs} ms`).padStart(10)} ${String(r.mountVsOurs ?? '').padStart(7)}${r.error ? `  ${r.error}` : ''}`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/peers.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), count: COUNT, runs: RUNS, rows: result }, null, 2)}\n`);
if (result.some((r) => r.error)) process.exitCode = 1;
