import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { HRError, InputValidationError } from '@hr/core';
import { ComeetClient } from '@hr/comeet';
import { CoodeshClient } from '@hr/coodesh';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { MokaClient } from '@hr/moka';
import { rejectionOf } from './support/capture.js';
import {
  CREDENTIALS,
  type ComeetRig,
  type CoodeshRig,
  type FeishuRig,
  type MokaRig,
  useEveryRig,
} from './support/rigs.js';

/**
 * Attack: a careless caller. A misspelled option (`baseURL`) must not silently send a real key to
 * the production host; header values that would split a request, lone surrogates, twenty calls on one
 * AbortSignal, `__proto__` keys in answers and absurd token lifetimes are each caught before anything
 * is sent, or handled explicitly.
 */

let moka: MokaRig;
let feishu: FeishuRig;
let comeet: ComeetRig;
let coodesh: CoodeshRig;
useEveryRig((rigs) => ({ moka, feishu, comeet, coodesh } = rigs));

/** The InputValidationError a constructor throws. */
function constructionError(build: () => unknown): InputValidationError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(InputValidationError);
    return error as InputValidationError;
  }
  throw new Error('expected the constructor to refuse the options');
}

describe('client options are checked at construction', () => {
  const { apiKey } = CREDENTIALS.moka;
  const CLIENTS = [
    ['MokaClient', (o: object) => new MokaClient({ apiKey, ...o })],
    ['FeishuCoreHRClient', (o: object) => new FeishuCoreHRClient({ ...CREDENTIALS.feishu, ...o })],
    ['ComeetClient', (o: object) => new ComeetClient({ ...CREDENTIALS.comeet, ...o })],
    ['CoodeshClient', (o: object) => new CoodeshClient({ ...CREDENTIALS.coodesh, ...o })],
  ] as const;

  it.each(CLIENTS)('%s: a misspelled option is refused with the name it meant', (name, build) => {
    for (const [wrong, meant] of [
      ['baseURL', 'baseUrl'],
      ['timeOut', 'timeout'],
      ['retries', 'maxRetries'],
      ['maxRetry', 'maxRetries'],
      ['logleve', 'logLevel'],
    ]) {
      const error = constructionError(() => build({ [wrong as string]: 'x' }));
      expect(error.issues).toEqual([
        {
          path: `options.${wrong}`,
          message: `is not an option of ${name} (did you mean \`${meant}\`?)`,
          code: 'unknown_option',
        },
      ]);
    }
  });

  it.each(CLIENTS)('%s: base URLs, numbers and header values out of range are refused', (_name, build) => {
    for (const baseUrl of ['api.mokahr.com', '/relative', 'ftp://example.com', 'https://user:pass@example.com']) {
      expect(constructionError(() => build({ baseUrl })).issues[0]!.path).toBe('options.baseUrl');
    }
    expect(constructionError(() => build({ timeout: -1 })).issues[0]!.path).toBe('options.timeout');
    expect(constructionError(() => build({ maxRetries: 1.5 })).issues[0]!.path).toBe('options.maxRetries');
    expect(constructionError(() => build({ logLevel: 'verbose' })).issues[0]!.path).toBe('options.logLevel');
    for (const value of ['a\r\nx-injected: 1', 'nul\u0000', 'snowman ☃']) {
      const error = constructionError(() => build({ headers: { 'x-trace': value } }));
      expect(error.issues[0]!.path).toBe('options.headers.x-trace');
      expect(error.message).not.toContain(value);
    }
  });

  it("Coodesh's workspace and subaccount ids with CR, LF, NUL or non-Latin-1 are refused, not sent", () => {
    for (const workspaceId of ['ws\r\nx: 1', 'ws\u0000', 'wörkspace ☃']) {
      expect(() => new CoodeshClient({ ...CREDENTIALS.coodesh, workspaceId })).toThrow(InputValidationError);
    }
  });
});

describe('values that cannot be sent are refused before sending, never retried as connection errors', () => {
  it('per-call header values with CR, LF, NUL or characters outside Latin-1', async () => {
    const client = moka.client({ maxRetries: 2 });
    for (const value of ['a\r\nx: 1', 'a\nb', 'nul\u0000', '☃']) {
      const error = await rejectionOf(client.candidates.list({ stage: 'offer' }, { headers: { 'x-trace': value } }));
      expect(error, JSON.stringify(value)).toBeInstanceOf(InputValidationError);
    }
    const scoped = coodesh.client();
    const error = await rejectionOf(scoped.jobs.list({}, { workspaceId: 'ws\r\nx: 1' } as never));
    expect(error).toBeInstanceOf(InputValidationError);
    expect(moka.server.requests).toHaveLength(0);
    expect(coodesh.server.requests).toHaveLength(0);
  });

  it('lone surrogates in a path or a query value', async () => {
    const path = await rejectionOf(comeet.client().candidates.retrieve('1A\uD800'));
    expect(path).toBeInstanceOf(InputValidationError);
    expect((path as InputValidationError).issues[0]!.path).toBe('path.uid');
    const query = await rejectionOf(moka.client().candidates.list({ stage: 'offer', email: 'a\uDC00@b.c' }));
    expect(query).toBeInstanceOf(InputValidationError);
    expect((query as InputValidationError).issues[0]!.path).toBe('query.email');
    expect(comeet.server.requests).toHaveLength(0);
    expect(moka.server.requests).toHaveLength(0);
  });
});

describe('twenty concurrent calls sharing one AbortSignal', () => {
  it('print no MaxListenersExceededWarning, through token waits, retries, rate limits and sockets', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const { signal } = new AbortController();
      // The first ten answers are busy: those calls wait and retry on the shared signal too.
      let answered = 0;
      feishu.server.use(
        http.get('*/corehr/v1/pre_hires', () =>
          ++answered <= 10
            ? HttpResponse.json({ code: 1160025, msg: 'busy' }, { status: 503, headers: { 'retry-after': '0.05' } })
            : undefined,
        ),
      );
      const client = feishu.client({ maxRetries: 3, rateLimit: { limits: { 'preHires.list': ['10/s'] } } });
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          client.preHires.list({ page_size: 5 }, { signal }).then((page) => page.items.length),
        ),
      );
      expect(results.every((n) => n === 5)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('server-sent __proto__ keys', () => {
  it('never become the prototype of an object the SDK hands out', async () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":true},"applicationId":1,"name":"x","nested":{"__proto__":{"polluted":true}}}',
    );
    moka.server.use(http.get('*/data/*', () => HttpResponse.json({ code: 0, data: [hostile, hostile], next: null })));
    const page = await moka.client({ validateResponses: 'warn', logLevel: 'off' }).candidates.list({ stage: 'offer' });
    for (const item of page.items) {
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect((item as { polluted?: unknown }).polluted).toBeUndefined();
      const nested = (item as unknown as { nested: object }).nested;
      expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    moka.server.use(
      http.get('*/data/*', () =>
        HttpResponse.json({ success: false, errorMessage: 'x', extra: hostile }, { status: 400 }),
      ),
    );
    const error = (await rejectionOf(moka.client().candidates.list({ stage: 'offer' }))) as { body: { extra: object } };
    expect(Object.getPrototypeOf(error.body.extra)).toBe(Object.prototype);
  });
});

describe('Feishu token lifetimes that make no sense', () => {
  /** The token endpoint answers a real sandbox token with the given `expire`. */
  const lifetime = (expire: unknown) =>
    http.post('*/tenant_access_token/internal', () => {
      const { token } = feishu.state.issueToken();
      return HttpResponse.json({ code: 0, msg: 'ok', tenant_access_token: token, expire });
    });
  const tokenFetches = () =>
    feishu.server.requests.filter((r) => r.path.endsWith('/tenant_access_token/internal')).length;

  it.each([0, -60, '7200', null])('expire %j is a clear error, not a token fetched for every call', async (expire) => {
    feishu.server.use(lifetime(expire));
    const error = await rejectionOf(feishu.client({ logLevel: 'off' }).preHires.list());
    expect(HRError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/unusable lifetime|without a tenant_access_token and expire/);
    expect(feishu.server.requests.filter((r) => r.path.includes('/corehr/'))).toHaveLength(0);
  });

  it('an absurd expire is capped, and the token is still fetched once for many calls', async () => {
    feishu.server.use(lifetime(1e12));
    const client = feishu.client();
    for (let i = 0; i < 5; i++) await client.preHires.list({ page_size: 1 });
    expect(tokenFetches()).toBe(1);
  });
});
