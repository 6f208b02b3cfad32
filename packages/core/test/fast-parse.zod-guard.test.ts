import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ResponseValidationError } from '../src/index.js';
import { defineOperation, fastParse, REJECTED } from '../src/internal.js';
import { captureLogger, serveHandlers, type SandboxServer } from '../src/testing.js';
import { fastParserFallback, verifyZodInternals } from '../src/fast-parse/compile.js';
import { internalsProblem, type ZodNamespace } from '../src/fast-parse/zod-internals.js';
import { TestClient } from './helpers.js';

/**
 * The fast response parser reads zod's internals. At first use it checks them against what it expects
 * and, when they differ, stands aside: zod alone validates every response. These tests fake a zod whose
 * internals differ (a wrapper around the installed one, zod's own verdicts unchanged) and check that
 * the difference is found and that responses then get zod's verdicts.
 */

type Schema = { _zod: { values?: ReadonlySet<unknown>; def: { type: string; catchall?: unknown } } };

/** The installed zod, with `alter` applied to every schema its namespace functions build. */
function zodWith(alter: (name: string, schema: Schema) => void): ZodNamespace {
  return new Proxy(z, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== 'function' || typeof key !== 'string') return member;
      return (...args: unknown[]) => {
        const built: unknown = (member as (...a: unknown[]) => unknown).apply(target, args);
        if (typeof built === 'object' && built !== null && '_zod' in built) alter(key, built as Schema);
        return built;
      };
    },
  }) as ZodNamespace;
}

/**
 * A zod that keeps an enum's accepted values somewhere else than in `_zod.values`, where the compiler
 * reads them (here `_zod.values` lists one value more than the enum accepts): without the check, the
 * fast parser would accept a value zod refuses.
 */
const enumValuesElsewhere = zodWith((name, schema) => {
  if (name === 'enum') schema._zod.values = new Set([...(schema._zod.values ?? []), 'archived']);
});

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([
    http.get('*/jobs/:id', ({ params }) =>
      HttpResponse.json({ ok: true, data: { id: params['id'], status: params['id'] === '2' ? 'archived' : 'open' } }),
    ),
  ]);
});
afterEach(() => {
  server.resetHandlers();
  // Back to the installed zod's verdict, as at first use.
  expect(verifyZodInternals(z)).toBeUndefined();
});
afterAll(() => server.close());

describe('the zod internals check', () => {
  it('runs at first use, and that first use already gets the fast parser’s answer', async () => {
    vi.resetModules();
    const fresh = await import('../src/fast-parse/compile.js');
    const value = { id: 1 };
    expect(fresh.fastParse(z.looseObject({ id: z.number() }), value)).toBe(value);
    expect(fresh.fastParserFallback()).toBeUndefined();
  });

  it('finds the installed zod as the compiler expects it, so the fast parser runs', () => {
    // Under `pnpm check:zod-latest`, the installed zod is the release that check put in place.
    const { major, minor, patch } = z.core.version;
    expect(`${major}.${minor}.${patch}`).toBe(process.env['HR_ZOD_UNDER_TEST'] ?? `${major}.${minor}.${patch}`);
    expect(internalsProblem(z)).toBeUndefined();
    expect(verifyZodInternals(z)).toBeUndefined();
    expect(fastParserFallback()).toBeUndefined();
    const value = { id: 1, tags: ['a'] };
    // The fast parser's answer: the input itself, not zod's copy.
    expect(fastParse(z.looseObject({ id: z.number(), tags: z.array(z.string()) }), value)).toBe(value);
  });

  it('finds a zod whose internals differ, says what differs, and stands the fast parser aside', () => {
    const problem = verifyZodInternals(enumValuesElsewhere);
    expect(problem).toMatch(/^zod 4\.\d+\.\d+ differs from the zod 4\.6 it was proven on \(z\.enum\(\): values/);
    expect(fastParserFallback()).toBe(problem);
    // Standing aside: every value goes to zod.
    expect(fastParse(z.string(), 'a')).toBe(REJECTED);
  });

  it('would otherwise accept what zod refuses: the fake is a real danger', () => {
    const status = enumValuesElsewhere.enum(['open', 'closed']);
    expect(status.safeParse('archived').success).toBe(false);
    // The installed zod passed the check, so the fast parser runs, reading the fake's internals.
    expect(fastParse(status, 'archived')).toBe('archived');
  });

  it('finds other differences: a loose object without its catchall, a definition type renamed, zod throwing', () => {
    const noCatchall = zodWith((name, schema) => {
      if (name === 'looseObject') delete schema._zod.def.catchall;
    });
    expect(internalsProblem(noCatchall)).toBe('z.looseObject(): def.catchall is not unknown');
    const renamed = zodWith((name, schema) => {
      if (name === 'string') schema._zod.def.type = 'text';
    });
    expect(internalsProblem(renamed)).toBe('z.string(): its def.type is text, not string');
    const throwing = zodWith((name) => {
      if (name === 'xor') throw new Error('xor is gone');
    });
    expect(internalsProblem(throwing)).toBe('probing zod threw: xor is gone');
  });

  it('falls back to zod once, with a debug log, and every response then gets zod’s verdict', async () => {
    const problem = verifyZodInternals(enumValuesElsewhere);
    const getJob = defineOperation({
      id: 'jobs.get',
      method: 'GET',
      path: '/jobs/:id',
      pathParams: z.object({ id: z.string() }),
      response: enumValuesElsewhere.looseObject({
        id: z.string(),
        status: enumValuesElsewhere.enum(['open', 'closed']),
      }),
    });
    const { logger, lines } = captureLogger();
    const client = new TestClient({ baseUrl: server.url, logger, logLevel: 'debug' });

    // zod accepts: the data, as zod returns it.
    await expect(client.request(getJob, { path: { id: '1' } })).resolves.toEqual({ id: '1', status: 'open' });
    // zod refuses what the fast parser, reading the fake's internals, would have accepted.
    const refused = await client.request(getJob, { path: { id: '2' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ResponseValidationError);
    expect((refused as ResponseValidationError).issues[0]!.path).toBe('status');
    await client.request(getJob, { path: { id: '1' } });

    const told = lines.filter((line) => line.includes('Validating responses with zod alone'));
    expect(told).toEqual([`[@hr/test] Validating responses with zod alone: ${problem}`]);
  });
});
