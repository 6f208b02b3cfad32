import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources (the "source" export condition),
  // so the sandboxes the tests start run without a build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'examples',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
