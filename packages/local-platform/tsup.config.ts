import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  // The wire types come from @xo-chat/core/protocol (types only): inline them, so the published .d.ts needs no core.
  dts: {
    resolve: ['@xo-chat/core/protocol'],
    compilerOptions: { baseUrl: '.', paths: { '@xo-chat/core/protocol': ['../core/src/protocol/index.ts'] } },
  },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
