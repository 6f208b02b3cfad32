import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources (the "source" export condition),
  // so tests run without a build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'redis',
    include: ['test/**/*.test.ts'],
    // One throwaway redis-server per run (tests that stop or pause Redis start their own).
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 20_000,
  },
});
