import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources (the "source" export condition).
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'hire-to-onboard',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
