import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as schemas from '../src/schemas.js';
import * as webhooks from '../src/webhooks.js';

describe('entry points', () => {
  it('zod schemas live in @hr/moka/schemas, not in the root or the webhooks entry', () => {
    expect(Object.keys(root).filter((name) => name.endsWith('Schema'))).toEqual([]);
    expect(Object.keys(webhooks).filter((name) => name.endsWith('Schema'))).toEqual([]);
    const names = Object.keys(schemas);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) expect(name).toMatch(/Schema$/);
    expect(schemas.MokaCandidateSchema.safeParse({ applicationId: 1 }).success).toBe(true);
  });

  it('the root keeps clients, resources, constants and errors', () => {
    for (const name of ['MokaClient', 'Candidates', 'USER_ROLE', 'MAX_USERS_PER_SYNC', 'AuthenticationError'])
      expect(root).toHaveProperty(name);
  });
});
