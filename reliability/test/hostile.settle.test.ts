import { http, HttpResponse, delay } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, InvalidRequestError, TimeoutError } from '@hr/core';
import { faults } from '@hr/core/testing';
import { rejectionOf } from './support/capture.js';
import { type FeishuRig, type MokaRig, startFeishu, startMoka } from './support/rigs.js';

/**
 * Attack: a caller gives up (aborts its signal) while the call waits somewhere other than the
 * socket: in a user hook, for a token, in the rate-limit queue, behind earlier org-chart writes; and
 * upstreams slow enough to hold a call forever. Every call settles at once on abort, the per-call
 * timeout bounds the token fetch made for it, a deadline bounds the whole call, and a hook or logger
 * that throws never replaces the real outcome.
 */

/** Settles within `ms` of the abort: the call did not keep waiting. */
/** Starts a call, aborts it once `ready` (a wait in ms, or a promise the call settles when it reaches the spot), and returns its rejection. */
async function settlesOnAbort(
  start: (signal: AbortSignal) => PromiseLike<unknown>,
  ready: number | Promise<unknown> = 50,
): Promise<unknown> {
  const controller = new AbortController();
  const outcome = rejectionOf(start(controller.signal));
  await (typeof ready === 'number' ? delay(ready) : ready);
  const abortedAt = Date.now();
  controller.abort(new Error('caller gave up'));
  const error = await outcome;
  expect(Date.now() - abortedAt).toBeLessThan(100);
  return error;
}

let moka: MokaRig;
let feishu: FeishuRig;
beforeAll(async () => {
  moka = await startMoka();
  feishu = await startFeishu();
});
afterEach(() => {
  moka.reset();
  feishu.reset();
});
afterAll(async () => {
  await moka.close();
  await feishu.close();
});

describe('an abort settles the call wherever it waits', () => {
  it('in a user hook that never returns', async () => {
    const client = moka.client({ hooks: { beforeRequest: () => new Promise(() => undefined) } });
    const error = await settlesOnAbort((signal) => client.candidates.list({ stage: 'offer' }, { signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(moka.server.requests).toHaveLength(0);
  });

  it('in an onError hook that never returns: the real error is still what rejects', async () => {
    moka.server.use(http.get('*/data/*', () => HttpResponse.json({ success: false, errorMessage: 'nope' })));
    // Abort only once the hook runs: a fixed wait could abort a slow machine's call before Moka answered.
    let hookEntered!: () => void;
    const inHook = new Promise<void>((resolve) => (hookEntered = resolve));
    const client = moka.client({
      hooks: {
        onError: () => {
          hookEntered();
          return new Promise(() => undefined);
        },
      },
    });
    const error = await settlesOnAbort((signal) => client.candidates.list({ stage: 'offer' }, { signal }), inHook);
    expect(error).toBeInstanceOf(InvalidRequestError);
  });

  it('for a token the vendor never sends; the token fetch goes on for the others', async () => {
    feishu.server.use(http.post('*/tenant_access_token/internal', () => new Promise<never>(() => undefined)));
    const client = feishu.client({ timeout: 60_000 });
    const error = await settlesOnAbort((signal) => client.preHires.list({}, { signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toMatch(/waiting for a token/);
  });

  it('in the rate-limit queue', async () => {
    const client = moka.client({ rateLimit: { limits: { 'candidates.list': ['1/10s'] } } });
    await client.candidates.list({ stage: 'offer' }).catch(() => undefined);
    const error = await settlesOnAbort((signal) => client.candidates.list({ stage: 'offer' }, { signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toMatch(/rate limit/);
  });

  it("behind earlier org-chart writes (Moka's serialized queue), and the queued write is never sent", async () => {
    moka.server.use(
      http.post('*/departments/sync/incremental', async () => {
        await delay(500);
        return HttpResponse.json({ success: true });
      }),
    );
    const client = moka.client();
    const department = (code: string) => [{ name: code, department_code: code, parent_code: null }];
    const first = client.departments.addIncremental(department('A'));
    const error = await settlesOnAbort((signal) => client.departments.addIncremental(department('B'), { signal }));
    expect(error).toBeInstanceOf(AbortError);
    await first;
    const sent = moka.server.requests.filter((r) => r.path.endsWith('/departments/sync/incremental'));
    expect(sent.map((r) => (JSON.parse(r.body) as { department_code: string }[])[0]!.department_code)).toEqual(['A']);
  });
});

describe('time limits', () => {
  it('the per-call timeout bounds each attempt of the token fetch made for the call', async () => {
    feishu.server.use(http.post('*/tenant_access_token/internal', () => new Promise<never>(() => undefined)));
    const client = feishu.client({ timeout: 60_000, maxRetries: 0 });
    const started = Date.now();
    const error = await rejectionOf(client.preHires.list({}, { timeout: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a deadline bounds the whole call, retries and waits included, and says how many attempts were made', async () => {
    moka.server.use(
      http.get('*/data/*', () =>
        HttpResponse.json(
          { success: false, errorMessage: 'busy' },
          { status: 503, headers: { 'retry-after': '0.15' } },
        ),
      ),
    );
    const client = moka.client({ maxRetries: 10 });
    const started = Date.now();
    const error = (await rejectionOf(client.candidates.list({ stage: 'offer' }, { deadline: 400 }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.code).toBe('DEADLINE');
    expect(error.message).toMatch(/candidates\.list did not finish within its deadline of 400 ms \(\d attempts\)/);
    expect(error.attempts).toBeGreaterThan(1);
    expect(error.attempts).toBeLessThan(6);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a transport failure after retries names the operation and the attempts made', async () => {
    moka.server.use(http.get('*/data/*', () => faults.reset()));
    const client = moka.client({ maxRetries: 2, timeout: 300 });
    const error = (await rejectionOf(client.candidates.list({ stage: 'offer' }))) as Error;
    expect(error.message).toMatch(/^candidates\.list failed after 3 attempts: /);
  });
});

describe('a hook or logger that throws never replaces the real outcome', () => {
  const throwing = () => {
    throw new Error('observer bug');
  };
  const loggerThatThrows = { debug: throwing, info: throwing, warn: throwing, error: throwing };

  it('a success stays a success', async () => {
    moka.state.seedCandidates(3, 'offer');
    const client = moka.client({
      logger: loggerThatThrows,
      logLevel: 'debug',
      hooks: { beforeRequest: throwing, afterResponse: throwing, onError: throwing },
    });
    const page = await client.candidates.list({ stage: 'offer' });
    expect(page.items).toHaveLength(3);
  });

  it("a failure stays the vendor's failure", async () => {
    moka.server.use(http.get('*/data/*', () => HttpResponse.json({ success: false, errorMessage: 'nope' })));
    const client = moka.client({
      logger: loggerThatThrows,
      logLevel: 'debug',
      hooks: { beforeRequest: throwing, afterResponse: throwing, onError: throwing },
    });
    const error = await rejectionOf(client.candidates.list({ stage: 'offer' }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).vendorMessage).toBe('nope');
  });
});
