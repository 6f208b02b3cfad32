import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { z } from 'zod';
import * as comeetSchemas from '@hr/comeet/schemas';
import { CATALOGUE_EXAMPLES } from '@hr/coodesh/testing';
import * as feishuSchemas from '@hr/feishu-corehr/schemas';
import { seedPreHires, toPreHireV2 } from '@hr/feishu-corehr/testing';
import * as mokaSchemas from '@hr/moka/schemas';
import { buildCandidate, DOC_EXAMPLE_CANDIDATE_PAGE, SANDBOX_OFFER_CUSTOM_FIELDS } from '@hr/moka/testing';
import { COODESH_OPERATIONS } from '../../packages/coodesh/src/generated/operations.js';
import { expectSameVerdict } from '../../packages/core/test/support/expect-verdict.js';
import { examplesAround, valuesFor } from '../../packages/core/test/support/schema-values.js';
import { type ComeetRig, startComeet } from './support/rigs.js';
import { ENTRIES, resolve, schemasOf } from './support/vendor-schemas.js';

/**
 * The fast response parser against zod on the vendors' own schemas: every schema each package
 * exports, on values shaped by it; and the documented examples (Moka's candidate page and custom
 * fields, Feishu's pre-hires as the sandbox seeds them, every response example of the Coodesh
 * reference, the Comeet sandbox's answers), as they are and with one node replaced.
 */

describe.each(ENTRIES)('every schema @hr/%s/schemas exports', (_vendor, entry) => {
  const schemas = schemasOf(entry);
  it.each(schemas)('%s: the fast parser gives zod’s verdict and output', (_name, schema) => {
    fc.assert(
      fc.property(valuesFor(schema), (value) => expectSameVerdict(schema, value)),
      { numRuns: 60 },
    );
  });
});

/** A documented example and variations of it with one node replaced. */
function aroundExample(schema: z.ZodType, example: unknown, numRuns = 200): void {
  expectSameVerdict(schema, example);
  fc.assert(
    fc.property(examplesAround(example), (value) => expectSameVerdict(schema, value)),
    { numRuns },
  );
}

describe('documented examples and the sandboxes’ answers', () => {
  it('Moka: the documented candidate page, full candidates and the offer custom fields', () => {
    aroundExample(mokaSchemas.CandidatePageSchema, DOC_EXAMPLE_CANDIDATE_PAGE);
    const page = { data: [buildCandidate(47_200_001), buildCandidate(47_200_002)], next: '1' };
    aroundExample(mokaSchemas.CandidatePageSchema, JSON.parse(JSON.stringify(page)));
    aroundExample(mokaSchemas.CandidatePageSchema, { data: null, next: null });
    aroundExample(mokaSchemas.OfferCustomFieldListSchema, SANDBOX_OFFER_CUSTOM_FIELDS);
    aroundExample(mokaSchemas.OfferCustomFieldListSchema, { social: null });
  });

  it('Feishu: pre-hire pages (v1 query and v2) as the sandbox seeds them', () => {
    const items = JSON.parse(JSON.stringify(seedPreHires(3))) as ReturnType<typeof seedPreHires>;
    aroundExample(resolve(feishuSchemas.PreHireQueryPageSchema), { items, has_more: true, page_token: 'pt-1' });
    aroundExample(resolve(feishuSchemas.PreHireV2PageSchema), {
      items: JSON.parse(JSON.stringify(items.map(toPreHireV2))),
      has_more: false,
    });
  });

  it('Coodesh: the response example of every operation of the reference', () => {
    const operations = COODESH_OPERATIONS as Record<string, { response?: unknown }>;
    let checked = 0;
    for (const [id, example] of Object.entries(CATALOGUE_EXAMPLES)) {
      const response = operations[id]?.response;
      if (response === undefined || example.response === undefined) continue;
      aroundExample(resolve(response), example.response, 20);
      checked++;
    }
    if (checked < 50) throw new Error(`only ${checked} Coodesh examples were checked`);
  });

  describe('Comeet: the sandbox’s answers', () => {
    let rig: ComeetRig;
    beforeAll(async () => {
      rig = await startComeet();
    });
    afterAll(() => rig.close());

    it('positions, candidates, locations and openings', async () => {
      // The answers as received: a middleware keeps each body's text.
      const bodies: string[] = [];
      const client = rig.client({
        middleware: [
          async (request, next) => {
            const response = await next(request);
            bodies.push(response.text);
            return response;
          },
        ],
      });
      const lastBody = () => JSON.parse(bodies.at(-1)!) as unknown;
      const positions = (await client.positions.list()).items;
      aroundExample(comeetSchemas.PositionPageSchema, lastBody());
      await client.positions.retrieve(positions[0]!.uid);
      aroundExample(comeetSchemas.ComeetPositionSchema, lastBody());
      const created = await client.candidates.create({
        position_uid: positions[0]!.uid,
        first_name: 'Ada',
        last_name: 'Lovelace',
        email: 'ada@example.com',
      } as never);
      await client.candidates.retrieve(created.uid);
      aroundExample(comeetSchemas.CandidateSchema, lastBody());
      await client.candidates.list();
      const candidatePage = lastBody() as { candidates: unknown[] };
      aroundExample(comeetSchemas.CandidatePageSchema, candidatePage);
      // A bare array, the other shape lists come in.
      aroundExample(comeetSchemas.CandidatePageSchema, candidatePage.candidates);
      await client.positions.listCandidates(positions[0]!.uid);
      aroundExample(comeetSchemas.CandidatePageSchema, lastBody());
      await client.locations.list();
      aroundExample(comeetSchemas.LocationPageSchema, lastBody());
      await client.openings.list();
      aroundExample(comeetSchemas.OpeningPageSchema, lastBody());
    });
  });
});
