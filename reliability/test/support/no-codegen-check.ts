// Run by fast-parse.no-codegen.test.ts in a process started with --disallow-code-generation-from-strings
// (vitest itself needs eval, so the check runs outside it): the fast parser's closure fallback for object
// tests, held to zod's verdicts on every vendor schema and on the documented examples. Prints
// `checked <n> values` and exits 0, or throws with the first disagreement.
import fc from 'fast-check';
import type { z } from 'zod';
import { DOC_EXAMPLE_CANDIDATE_PAGE, SANDBOX_OFFER_CUSTOM_FIELDS } from '@hr/moka/testing';
import * as mokaSchemas from '@hr/moka/schemas';
import * as feishuSchemas from '@hr/feishu-corehr/schemas';
import { seedPreHires, toPreHireV2 } from '@hr/feishu-corehr/testing';
import { examplesAround, valuesFor, verdictProblem } from '../../../packages/core/test/support/schema-values.js';
import { ENTRIES, resolve, schemasOf } from './vendor-schemas.js';

let generates = true;
try {
  new Function('return true')();
} catch {
  generates = false;
}
if (generates) throw new Error('run this check with --disallow-code-generation-from-strings');

let checked = 0;
function holds(schema: z.ZodType, values: fc.Arbitrary<unknown>, numRuns: number): void {
  fc.assert(
    fc.property(values, (value) => {
      checked++;
      const problem = verdictProblem(schema, value);
      if (problem !== undefined) throw new Error(problem);
    }),
    { numRuns },
  );
}

for (const [, entry] of ENTRIES) for (const [, schema] of schemasOf(entry)) holds(schema, valuesFor(schema), 20);
holds(mokaSchemas.CandidatePageSchema, examplesAround(DOC_EXAMPLE_CANDIDATE_PAGE), 200);
holds(mokaSchemas.OfferCustomFieldListSchema, examplesAround(SANDBOX_OFFER_CUSTOM_FIELDS), 100);
const preHires = JSON.parse(JSON.stringify(seedPreHires(3))) as ReturnType<typeof seedPreHires>;
holds(resolve(feishuSchemas.PreHireQueryPageSchema), examplesAround({ items: preHires, has_more: false }), 200);
holds(
  resolve(feishuSchemas.PreHireV2PageSchema),
  examplesAround({ items: JSON.parse(JSON.stringify(preHires.map(toPreHireV2))), has_more: false }),
  200,
);
console.log(`checked ${checked} values`);
