/**
 * The example sets `pnpm examples` runs, in order: each is a folder of examples/ whose index.ts
 * exports `runExamples()`.
 */
export const EXAMPLE_SETS = ['moka', 'coodesh', 'feishu-corehr', 'comeet', 'scale-out', 'hire-to-onboard'] as const;

/** The name of an example set. */
export type ExampleSet = (typeof EXAMPLE_SETS)[number];
