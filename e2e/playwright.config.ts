import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { DEMO_PORT, PLATFORM_PORT, PLATFORM_URL } from './support/ports';

// Journeys share one platform and one demo server; each test is its own user (a fresh browser context gets a
// fresh identity), and faults that hit every socket run in the serial "faults" file.
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
  ],
});
