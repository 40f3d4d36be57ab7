import { defineProject } from 'vitest/config';

// The bench's own checks (the soak's verdict logic); run with `pnpm --filter @xo-chat/bench test`.
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'bench', environment: 'node', include: ['soak/**/*.test.ts', 'lib/**/*.test.ts'] },
});
