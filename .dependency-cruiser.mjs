// dependency-cruiser: the boundaries the packages keep (`pnpm check:deps`). Workspace packages
// resolve to their TypeScript sources (the `source` export condition), so an import of
// `@hr/core/internal` is seen as what it is: a dependency on packages/core/src/internal.ts.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'core-imports-no-vendor',
      comment: '@hr/core is what the vendor packages are built from: it never depends on one of them.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(?!core/)[^/]+/' },
    },
    {
      name: 'core-imports-no-test-harness',
      comment:
        "@hr/core's client code never loads a test harness (vitest, msw) nor its own sandbox helpers: only its " +
        '`/testing` entry does (msw is an optional peer dependency).',
      severity: 'error',
      from: { path: '^packages/core/src/', pathNot: '^packages/core/src/testing[./]' },
      to: { path: ['^packages/core/src/testing[./]', 'node_modules/(vitest|msw)/'] },
    },
    {
      name: 'no-vendor-imports-another',
      comment: 'A vendor package (its code and its tests) builds on @hr/core only; shared logic is lifted into core.',
      severity: 'error',
      from: { path: '^packages/(moka|feishu-corehr|comeet|coodesh)/' },
      to: { path: '^packages/(moka|feishu-corehr|comeet|coodesh|redis)/', pathNot: '^packages/$1/' },
    },
    {
      name: 'redis-imports-no-vendor',
      comment: "@hr/redis plugs into @hr/core's extension points; only its tests drive a vendor client through it.",
      severity: 'error',
      from: { path: '^packages/redis/src/' },
      to: { path: '^packages/(moka|feishu-corehr|comeet|coodesh)/' },
    },
    {
      name: 'sandboxes-only-from-testing-entries',
      comment:
        "A package's sandbox (src/testing/) is reachable from its `/testing` entry (src/testing.ts) only: no other " +
        'entry point (what users import for their clients) loads it, however indirectly.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/(index|internal|schemas|webhooks|events|lost-routes)[.]ts$' },
      to: { path: '^packages/[^/]+/src/testing[./]', reachable: true },
    },
    {
      name: 'no-folder-cycles-in-core',
      comment:
        'The folders of @hr/core depend on each other one way (client -> call -> contract, transport...): no cycle, ' +
        'not even through a type.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^packages/core/src/' },
      to: { path: '^packages/core/src/', circular: true },
    },
    {
      name: 'no-file-cycles-in-core',
      comment: 'No two files of @hr/core import each other, directly or around a loop.',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: { path: '^packages/core/src/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '^packages/coodesh/scripts/catalogue/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
