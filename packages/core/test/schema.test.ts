import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { openEnum, schemaFor } from '../src/internal.js';

/** A documented model. */
interface Job {
  /** Job title. */
  title: string;
  /** Contract type. */
  type?: 'clt' | 'pj' | (string & {}) | null;
}

describe('schema helpers', () => {
  it('openEnum types the documented values and still accepts new ones', () => {
    const schema = openEnum(['clt', 'pj']);
    expect(schema.parse('clt')).toBe('clt');
    expect(schema.parse('freelance')).toBe('freelance');
    expect(schema.safeParse(3).success).toBe(false);
  });

  it('schemaFor returns the interface type (so hovers show its JSDoc) and keeps unknown keys', () => {
    const JobSchema = schemaFor<Job>()(z.looseObject({ title: z.string(), type: openEnum(['clt', 'pj']).nullish() }));
    expectTypeOf<z.output<typeof JobSchema>>().toEqualTypeOf<Job>();
    expect(JobSchema.parse({ title: 't', extra: 1 })).toEqual({ title: 't', extra: 1 });
    // @ts-expect-error -- the schema does not declare `type`, a key of Job
    schemaFor<Job>()(z.looseObject({ title: z.string() }));
    // @ts-expect-error -- `title` would be a number, which does not fit Job
    schemaFor<Job>()(z.looseObject({ title: z.number(), type: z.string() }));
  });
});

describe('lazySchema', () => {
  it('builds once, on first use', async () => {
    const { lazySchema } = await import('../src/internal.js');
    let builds = 0;
    const schema = lazySchema(() => (builds++, z.string()));
    expect(builds).toBe(0);
    expect(schema().parse('a')).toBe('a');
    expect(schema()).toBe(schema());
    expect(builds).toBe(1);
  });
});
