import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { DEMO18_PORT, DEMO_PORT, PLATFORM_PORT, PLATFORM_URL } from './support/ports';

// Journeys share one platform and one demo server; each test is its own user (a fresh browser context gets a
// fresh identity), and faults that hit every socket run in the serial "faults" file.
//
// Two projects: `chromium` runs every journey on the demo as built (React 19); `react-18` runs the main chat
// journey, the keyboard one (Escape returns focus to the launcher) and the version check on a second build of
// the demo on React 18.3, the kit's peer floor. XO_E2E_REACT18=0 leaves that build and project out.
const react18 = process.env.XO_E2E_REACT18 !== '0';
const outDir = process.env.XO_DEMO_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.XO_E2E_ARTIFACTS ?? './artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: './artifacts/results.json' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${DEMO_PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium' },
    ...(react18
      ? [{ name: 'react-18', testMatch: ['chat.spec.ts', 'keyboard.spec.ts', 'react-version.spec.ts'], use: { baseURL: `http://localhost:${DEMO18_PORT}` } }]
      : []),
  ],
  webServer: [
    {
      command: `pnpm --silent --filter @xo-chat/local-platform start --port ${PLATFORM_PORT} --data :memory: --faults --token-ttl 600000`,
      url: `${PLATFORM_URL}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3000 },
    },
    {
      command: `pnpm --silent --filter @xo-chat/demo build && pnpm --silent --filter @xo-chat/demo preview --port ${DEMO_PORT}`,
      url: `http://localhost:${DEMO_PORT}/`,
      env: { XO_PLATFORM_ORIGIN: PLATFORM_URL },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    ...(react18
      ? [
          {
            command: `pnpm --silent --filter @xo-chat/demo build && pnpm --silent --filter @xo-chat/demo preview --port ${DEMO18_PORT}`,
            url: `http://localhost:${DEMO18_PORT}/`,
            env: { XO_PLATFORM_ORIGIN: PLATFORM_URL, XO_DEMO_REACT: '18', XO_DEMO_OUT_DIR: `${outDir}-react18` },
            reuseExistingServer: false,
            timeout: 120_000,
          },
        ]
      : []),
  ],
});
