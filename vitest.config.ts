import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { react18Aliases, reactDependents } from './compat/react-18/aliases.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/local-platform',
      'packages/react',
      // The whole React suite again on React 18.3, the peer range's floor (compat/react-18 holds that copy);
      // src/react-version.test.tsx fails if React 19 leaks in.
      {
        extends: './packages/react/vitest.config.ts',
        root: path.join(dirname, 'packages/react'),
        resolve: { alias: react18Aliases({ testingLibrary: true }) },
        test: {
          name: 'react-18',
          env: { XO_TEST_REACT: '18' },
          server: { deps: { inline: reactDependents } },
        },
      },
      'packages/embed',
      {
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        resolve: { conditions: ['source'] },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
