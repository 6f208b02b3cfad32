import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm test:soak`: the long mixed run against the fakes, with --expose-gc so heap samples are taken
// after a full collection. Not part of `pnpm test`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'reliability-soak',
    include: ['test/**/*.soak.test.ts'],
    setupFiles: ['test/support/process-guard.ts'],
    pool: 'forks',
    poolOptions: { forks: { execArgv: ['--expose-gc'], singleFork: true } },
    testTimeout: 20 * 60_000,
    hookTimeout: 60_000,
  },
});
