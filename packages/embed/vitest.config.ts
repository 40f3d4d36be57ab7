import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'embed', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
});
