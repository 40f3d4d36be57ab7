import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    // Resolve workspace packages to their sources, so stories need no prior build.
    // Pre-bundled up front: discovered mid-run, Vite re-optimizes and the first story run fails to import.
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      optimizeDeps: {
        include: ['virtua', 'zustand', 'zustand/vanilla', 'zustand/react/shallow', 'react-dom/client', 'storybook/test'],
      },
    });
  },
};

export default config;
