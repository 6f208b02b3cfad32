import fc from 'fast-check';
import { describe, it } from 'vitest';
import { z } from 'zod';
import { expectSameVerdict } from './support/expect-verdict.js';
import { valuesFor } from './support/schema-values.js';

/**
 * The fast response parser against zod itself, on schemas generated at random: every kind of node the
 * vendors' schemas use (and some they do not), nested, with transforms, defaults and checks in
 * between; and values shaped by each schema, with any JSON value put in at random depths.
 */

type Build = fc.Arbitrary<z.ZodType>;

const leaves: Build = fc.constantFrom<z.ZodType>(
  z.string(),
  z.string().min(1),
  z.email(),
  z.number(),
  z.number().int(),
  z.boolean(),
  z.null(),
  z.unknown(),
  z.any(),
  z.enum(['a', 'b', '__proto__']),
  z.literal('a'),
  z.literal(0),
  z.union([z.enum(['x', 'y']), z.string()]),
  z.string().transform((s) => s.length),
  z.string().transform((s, context) => {
    if (s.length > 2) context.addIssue({ code: 'custom', message: 'too long for this transform' });
    return s;
  }),
  z.number().default(7),
  z.string().catch('caught'),
  z.coerce.string(),
  z.date(),
  z.undefined(),
);

const { node } = fc.letrec<{ node: z.ZodType }>((tie) => {
  const child = tie('node') as Build;
  return {
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaves,
      child.map((s) => s.optional()),
      child.map((s) => s.nullable()),
      child.map((s) => s.nullish()),
      child.map((s) => z.array(s)),
      child.map((s) => z.array(s).min(1)),
      fc
        .dictionary(fc.constantFrom('a', 'b', 'c', 'toString', 'constructor', 'valueOf'), child, { maxKeys: 4 })
        .chain((shape) =>
          fc.constantFrom<z.ZodType>(
            z.looseObject(shape),
            z.looseObject(shape),
            z.object(shape),
            z.strictObject(shape),
            z.looseObject(shape).refine(() => true),
          ),
        ),
      fc.array(child, { minLength: 1, maxLength: 3 }).map((options) => z.union(options as [z.ZodType, ...z.ZodType[]])),
      child.map((s) => s.transform((v) => v)),
      child.map((s) => s.transform((v) => ({ wrapped: v }))),
      child.map((s) => s.nullish().transform((v) => v ?? [])),
      child.map((s) => s.pipe(z.unknown())),
      child.map((s) => z.record(z.string(), s)),
      child.map((s) => z.record(z.enum(['a', 'b']), s)),
      child.map((s) => z.lazy(() => s)),
      child.map((s) => s.readonly()),
      child.map((s) => z.preprocess((v) => v, s)),
    ),
  };
});

describe('the fast parser gives zod’s verdicts and outputs', () => {
  it('on generated schemas and values shaped by them', () => {
    fc.assert(
      fc.property(
        node.chain((schema) => fc.tuple(fc.constant(schema), valuesFor(schema))),
        ([schema, value]) => expectSameVerdict(schema, value),
      ),
      { numRuns: 5_000 },
    );
  });

  it('on a recursive schema (a tree through a getter) and on values zod copies on its own terms', () => {
    interface Node {
      name: string;
      children?: Node[] | null | undefined;
    }
    const Tree: z.ZodType<Node> = z.looseObject({
      name: z.string(),
      get children() {
        return z.array(Tree).nullish();
      },
    });
    const tree = (depth: number): fc.Arbitrary<unknown> =>
      depth > 3
        ? fc.record({ name: fc.string() })
        : fc.record(
            {
              name: fc.oneof(fc.string(), fc.integer()),
              children: fc.option(fc.array(tree(depth + 1), { maxLength: 3 })),
            },
            { requiredKeys: ['name'] },
          );
    fc.assert(
      fc.property(tree(0), (value) => expectSameVerdict(Tree, value)),
      { numRuns: 300 },
    );
    const Item = z.looseObject({ id: z.number(), tags: z.array(z.string()).nullish() });
    for (const text of ['{"id":1,"__proto__":{"polluted":true}}', '{"id":1,"tags":["a"],"nested":{"__proto__":[]}}']) {
      expectSameVerdict(Item, JSON.parse(text));
    }
    expectSameVerdict(Item, Object.assign(Object.create({ inherited: 1 }), { id: 1 }));
    expectSameVerdict(Item, Object.assign(Object.create(null), { id: 2, tags: null }));
  });
});
