import { expect } from 'vitest';
import type { z } from 'zod';
import { verdictProblem } from './schema-values.js';

/** Fails the test when the fast parser and zod disagree on `value` (see verdictProblem). */
export function expectSameVerdict(schema: z.ZodType, value: unknown): void {
  const problem = verdictProblem(schema, value);
  if (problem !== undefined) expect.fail(problem);
}
