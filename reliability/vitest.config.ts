import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources (the "source" export condition),
  // so the suite runs without a build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'reliability',
    include: ['test/**/*.test.ts'],
    // The soak run is long: `pnpm test:soak` runs it on its own (vitest.soak.config.ts).
    exclude: ['test/**/*.soak.test.ts'],
    setupFiles: ['test/support/process-guard.ts'],
    testTimeout: 30_000,
  },
});
