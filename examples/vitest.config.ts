import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources (the "source" export condition),
  // so the sandboxes the tests start run without a build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'examples',
    include: ['test/**/*.test.ts'],
    // The safety test runs every example set in a child process from its beforeAll.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
