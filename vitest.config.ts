import { defineConfig } from 'vitest/config';

// `pnpm test`: every package's tests, each run as its own vitest project (see packages/*/vitest.config.ts),
// the cross-vendor reliability suite, and the examples' safety test. Run one with `--project <name>`.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'reliability/vitest.config.ts',
      'examples/vitest.config.ts',
      'examples/hire-to-onboard/vitest.config.ts',
    ],
  },
});
