import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as schemas from '../src/schemas.js';
import * as webhooks from '../src/webhooks.js';

describe('entry points', () => {
  it('zod schemas live in @hr/comeet/schemas, not in the root or the webhooks entry', () => {
    expect(Object.keys(root).filter((name) => name.endsWith('Schema'))).toEqual([]);
    expect(Object.keys(webhooks).filter((name) => name.endsWith('Schema'))).toEqual([]);
    for (const name of Object.keys(schemas)) expect(name).toMatch(/Schema$/);
    for (const name of ['CandidateSchema', 'ComeetPositionSchema', 'CareersPositionSchema', 'HireWebhookPayloadSchema'])
      expect(schemas).toHaveProperty(name);
  });

  it('the root keeps the clients, resources, constants and errors', () => {
    for (const name of ['ComeetClient', 'ComeetCareersClient', 'Positions', 'PROSPECT_STATUSES', 'NotFoundError'])
      expect(root).toHaveProperty(name);
  });
});
