// The vitest projects `pnpm test` runs: every package's tests (packages/*/vitest.config.ts), the
// cross-vendor reliability suite, the examples' safety test, the hire-to-onboard service and every doc
// snippet run against the sandboxes. vitest.config.ts hands this list to `test.projects`: vitest reads
// it from there (a workspace file vitest found on its own would be deprecated).
export default [
  'packages/*/vitest.config.ts',
  'reliability/vitest.config.ts',
  'examples/vitest.config.ts',
  'examples/hire-to-onboard/vitest.config.ts',
  'doc-snippets/vitest.config.ts',
];
