import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'templates/index': 'src/templates/renderers.ts',
    'speech/index': 'src/speech/index.ts',
    // Each language but English is its own entry, so the main bundle carries none of them.
    'locales/ar': 'src/i18n/ar.ts',
    'locales/fr': 'src/i18n/fr.ts',
    'locales/es': 'src/i18n/es.ts',
    'locales/de': 'src/i18n/de.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@xo-chat/core', '@tanstack/react-query'],
});
