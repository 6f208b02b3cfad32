import { defineWorkspace } from 'vitest/config';

// Every package's tests, each run as its own vitest project (see packages/*/vitest.config.ts),
// plus the cross-vendor reliability suite.
export default defineWorkspace([
  'packages/*/vitest.config.ts',
  'reliability*/vitest.config.ts',
  'examples/hire-to-onboard/vitest.config.ts',
]);
