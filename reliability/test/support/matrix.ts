import { describe, expect, it } from 'vitest';
import {
  APIError,
  ConnectionError,
  HRError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type ClientOptions,
} from '@hr/core';
import { type BaseClient } from '@hr/core/internal';
import type { RecordedRequest } from '@hr/core/testing';
import { FAULT_KINDS, GATEWAY_PAGE, TIMEOUT_MS, injectFaults, type FaultKind, type VendorErrors } from './inject.js';
import { rejectionOf } from './capture.js';
import type { Rig } from './rigs.js';

/** A call the matrix drives, and how to recognize its requests at the fake. */
interface MatrixCall<C> {
  /** What the call is, for test names. */
  name: string;
  /** Whether a request the server receives belongs to this call (faults go only there). */
  matches(method: string, url: URL): boolean;
  /** Makes the call; resolves with something comparable across runs. */
  run(client: C): Promise<unknown>;
}

/** A write, with what the fake applied and how its requests carry an idempotency token. */
interface MatrixWrite<C> extends MatrixCall<C> {
  /** How many times the fake applied the write so far. */
  applied(): number;
  /** The idempotency token a request carried, if the operation has one. */
  idempotencyToken?(request: RecordedRequest): string | undefined;
  /** Whether the vendor documents its 429 as "nothing applied", so the client may resend a write. */
  rateLimitMeansNotApplied: boolean;
}

export interface MatrixTarget<C extends BaseClient> {
  rig(): Rig<C, unknown>;
  read: MatrixCall<C>;
  writes: MatrixWrite<C>[];
  /** Prepares the fake before each test (seeds records the calls need). */
  seed?(): void | Promise<void>;
}

const recordedMatches =
  <C>(call: MatrixCall<C>) =>
  (r: RecordedRequest) =>
    call.matches(r.method, new URL(r.url));

/** The class a fault must surface as, with nothing retried. */
function expectTypedFailure(kind: FaultKind, error: unknown, errors: VendorErrors): void {
  expect(HRError.isInstance(error), `${kind}: ${String(error)}`).toBe(true);
  switch (kind) {
    case 'reset':
    case 'resetAfterHeaders':
      expect(ConnectionError.isInstance(error) && !TimeoutError.isInstance(error)).toBe(true);
      return;
    case 'slowHeaders':
    case 'slowBody':
      expect(TimeoutError.isInstance(error)).toBe(true);
      return;
    case 'rateLimited': {
      expect(RateLimitError.isInstance(error)).toBe(true);
      const e = error as RateLimitError;
      expect(JSON.parse(e.rawBody)).toEqual(errors.rateLimited().body);
      expect(e.status).toBe(429);
      return;
    }
    case 'status500':
    case 'status502':
    case 'status503': {
      expect(ServerError.isInstance(error)).toBe(true);
      const e = error as ServerError;
      expect(e.status).toBe(Number(kind.slice(-3)));
      expect(JSON.parse(e.rawBody)).toEqual(errors.server(e.status));
      return;
    }
    case 'html':
      expect(ServerError.isInstance(error)).toBe(true);
      expect((error as APIError).rawBody).toBe(GATEWAY_PAGE);
      return;
    case 'empty':
      expect(APIError.isInstance(error)).toBe(true);
      expect((error as APIError).rawBody).toBe('');
      expect((error as APIError).code).toBe('invalid_response');
      return;
    case 'truncated': {
      expect(APIError.isInstance(error)).toBe(true);
      const e = error as APIError;
      expect(e.rawBody.length).toBeGreaterThan(0);
      expect(() => JSON.parse(e.rawBody)).toThrow();
      return;
    }
    case 'wrongContentType':
      expect(APIError.isInstance(error)).toBe(true);
      expect((error as APIError).rawBody).toBe('Service Unavailable');
      expect((error as APIError).headers['content-type']).toBe('text/plain');
      return;
  }
}

/**
 * The fault matrix of one vendor: every fault on a read (typed failure without retries, recovery
 * with them) and on each write (never resent without an idempotency token or a documented
 * "not applied" answer; applied at most once).
 */
export function faultMatrix<C extends BaseClient>(target: MatrixTarget<C>): void {
  const fast: Partial<ClientOptions> = { timeout: TIMEOUT_MS };

  describe(`${target.read.name} under each fault`, () => {
    it.each(FAULT_KINDS)('%s without retries: one request, a typed error with the raw body', async (kind) => {
      await target.seed?.();
      const rig = target.rig();
      injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => (i === 0 ? kind : undefined), {
        matches: target.read.matches,
      });
      const error = await rejectionOf(target.read.run(rig.client({ ...fast, maxRetries: 0 })));
      expectTypedFailure(kind, error, rig.errors);
      expect(rig.server.requests.filter(recordedMatches(target.read))).toHaveLength(1);
    });

    it.each(FAULT_KINDS)('%s once, with retries: the same data as without the fault', async (kind) => {
      await target.seed?.();
      const rig = target.rig();
      const expected = await target.read.run(rig.client());
      injectFaults(rig.server, rig.handlers, rig.errors, (_r, i) => (i === 0 ? kind : undefined), {
        matches: target.read.matches,
        retryAfterSeconds: 0.01,
      });
      await expect(target.read.run(rig.client({ ...fast, maxRetries: 2 }))).resolves.toEqual(expected);
    });
  });

  for (const write of target.writes) {
    describe(`${write.name} under each fault`, () => {
      it.each(FAULT_KINDS)('%s: applied at most once, resent only when safe', async (kind) => {
        await target.seed?.();
        const rig = target.rig();
        const before = write.applied();
        const { injected } = injectFaults(
          rig.server,
          rig.handlers,
          rig.errors,
          (_r, i) => (i === 0 ? kind : undefined),
          {
            matches: write.matches,
            retryAfterSeconds: 0.01,
          },
        );
        const outcome = await write.run(rig.client({ ...fast, maxRetries: 2 })).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(injected).toEqual([kind]);
        const sends = rig.server.requests.filter(recordedMatches(write));
        const applied = write.applied() - before;
        expect(applied).toBeLessThanOrEqual(1);
        const tokens = write.idempotencyToken ? sends.map((r) => write.idempotencyToken!(r)) : [];
        const sameToken = tokens.length > 0 && tokens[0] !== undefined && tokens.every((t) => t === tokens[0]);
        const documentedNotApplied = kind === 'rateLimited' && write.rateLimitMeansNotApplied;
        if (!sameToken && !documentedNotApplied) expect(sends).toHaveLength(1);
        if (outcome === undefined) expect(applied).toBe(1);
        else expect(HRError.isInstance(outcome), String(outcome)).toBe(true);
      });
    });
  }
}
