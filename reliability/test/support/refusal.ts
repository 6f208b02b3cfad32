import fc from 'fast-check';
import { expect } from 'vitest';
import { HRError, InputValidationError } from '@hr/core';
import type { SandboxServer } from '@hr/core/testing';

/** Property runs per rule: enough to walk the generators' corners, few enough to stay fast. */
export const RUNS = { numRuns: 60 };

/**
 * Runs `call` and returns how it failed. A synchronous throw breaks the SDK's contract (every failure
 * is a rejection), so it fails the test; so does success.
 */
export async function rejectionOf(call: () => PromiseLike<unknown>): Promise<unknown> {
  let promise: PromiseLike<unknown>;
  try {
    promise = call();
  } catch (error) {
    throw new Error(`threw synchronously instead of rejecting: ${String(error)}`);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

/** Issue paths as `body.usersInfo.3.email`. */
const issuePaths = (error: InputValidationError) => error.issues.map((issue) => issue.path);

/**
 * Asserts `call` is refused with an InputValidationError naming `path` (exactly, or a field under it
 * when `path` ends with `.*`), and that nothing reached the server.
 */
export async function expectRefused(
  server: SandboxServer,
  call: () => PromiseLike<unknown>,
  path: string | RegExp,
): Promise<void> {
  const before = server.requests.length;
  const error = await rejectionOf(call);
  expect(InputValidationError.isInstance(error), String(error)).toBe(true);
  const paths = issuePaths(error as InputValidationError);
  const named = paths.some((p) => (typeof path === 'string' ? p === path : path.test(p)));
  expect(named, `expected an issue at ${String(path)}, got ${JSON.stringify(paths)}`).toBe(true);
  expect(server.requests.length).toBe(before);
}

/**
 * Arbitrary values in place of an argument: the call either is refused before sending with an
 * InputValidationError whose issues lie under `prefix`, or (for the rare value that is valid) sent;
 * it never throws synchronously and never fails with anything but an SDK error.
 */
export async function anyValueOutcome(
  server: SandboxServer,
  call: () => PromiseLike<unknown>,
  prefix: RegExp,
): Promise<void> {
  const before = server.requests.length;
  let promise: PromiseLike<unknown>;
  try {
    promise = call();
  } catch (error) {
    throw new Error(`threw synchronously instead of rejecting: ${String(error)}`);
  }
  const outcome = await Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
  const sent = server.requests.length > before;
  if (outcome === undefined) return;
  expect(HRError.isInstance(outcome), `not an SDK error: ${String(outcome)}`).toBe(true);
  if (InputValidationError.isInstance(outcome)) {
    expect(sent, 'an input refused after sending').toBe(false);
    expect(outcome.issues.length).toBeGreaterThan(0);
    for (const path of issuePaths(outcome)) expect(path).toMatch(prefix);
  } else {
    expect(sent, `refused without sending, but not as invalid input: ${String(outcome)}`).toBe(true);
  }
}

/** Values of every JSON-ish type, plus the odd ones (undefined, NaN, functions are left out). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: false,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** A value that is not a string. */
export const notString: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

/** Values that are not an integer within [min, max] (no upper bound when `max` is left out). */
export function notIntegerIn(min: number, max?: number): fc.Arbitrary<unknown> {
  const top = max ?? 2 ** 31;
  return fc.oneof(
    fc.integer({ min: -(2 ** 31), max: min - 1 }),
    ...(max === undefined ? [] : [fc.integer({ min: max + 1, max: 2 ** 31 })]),
    fc.double({ min, max: top, noNaN: true }).filter((d) => !Number.isInteger(d)),
    fc.constantFrom(Number.NaN, Number.NEGATIVE_INFINITY, ...(max === undefined ? [] : [Number.POSITIVE_INFINITY])),
    fc.integer({ min, max: Math.min(top, 2 ** 31) }).map(String),
    fc.constant(null),
  );
}

/** A plain lower-case email address every vendor accepts (`local@domain.tld`). */
export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.stringMatching(/^[a-z]{1,10}$/),
    fc.constantFrom('com', 'org', 'io', 'com.br'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

/** Strings that are not email addresses. */
export const notEmail = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{0,12}$/),
  fc.stringMatching(/^[a-z]{1,5} [a-z]{1,5}@[a-z]{1,5}\.com$/),
  fc.constantFrom('@example.com', 'user@', 'a@@b.com', 'user example.com'),
);
