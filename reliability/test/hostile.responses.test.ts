import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIError,
  InputValidationError,
  PaginationError,
  ResponseTooLargeError,
  type MokaDepartmentInput,
  type MokaUserInput,
} from '@hr/moka';
import { MokaClient } from '@hr/moka';
import { rejectionOf } from './support/capture.js';
import { CREDENTIALS, type CoodeshRig, type MokaRig, startCoodesh, startMoka } from './support/rigs.js';

/**
 * Attack: answers built to crash or exhaust the process (a body that never ends, a declared size of
 * gigabytes, a huge error page, page counts in the billions) and caller input at scale (a million bad
 * rows, an org chart that is one long cycle). The process survives, each call fails fast with a typed
 * error, and nothing is downloaded twice.
 */

let endless: Server;
let endlessUrl: string;
/** Requests the endless server received, and bytes it managed to write. */
const served = { requests: 0, bytes: 0 };

beforeAll(async () => {
  endless = createServer((request, response) => {
    served.requests++;
    if (request.url?.includes('declared')) {
      // Declares 8 GiB and sends a little: refused from the header alone.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(8 * 1024 ** 3) });
      response.write('{"data":[');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"data":[');
    const chunk = Buffer.from('{"applicationId":1,"name":"x"},'.repeat(2048));
    const pump = () => {
      while (!response.destroyed && response.write(chunk)) served.bytes += chunk.length;
      if (!response.destroyed) response.once('drain', pump);
    };
    response.on('close', () => response.removeAllListeners('drain'));
    pump();
  });
  await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
  endlessUrl = `http://127.0.0.1:${(endless.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => endless.close(() => resolve())));

const mokaAt = (path: string, options: object = {}) =>
  new MokaClient({ apiKey: CREDENTIALS.moka.apiKey, baseUrl: `${endlessUrl}${path}`, logLevel: 'off', ...options });

describe('a body that never ends', () => {
  it('stops at the default maxResponseBytes while streaming: one request, a typed error, not retried', async () => {
    served.requests = 0;
    const started = Date.now();
    const error = await rejectionOf(mokaAt('/endless', { maxRetries: 2 }).candidates.list({ stage: 'offer' }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limit).toBe(32 * 1024 * 1024);
    expect(served.requests).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a per-call maxResponseBytes wins over the client one', async () => {
    served.requests = 0;
    const client = mokaAt('/endless', { maxResponseBytes: 64 * 1024 * 1024 });
    const error = await rejectionOf(client.candidates.list({ stage: 'offer' }, { maxResponseBytes: 100_000 }));
    expect(error).toMatchObject({ limit: 100_000 });
    expect(served.requests).toBe(1);
  });

  it('a declared multi-GB content-length is refused before reading anything', async () => {
    const error = await rejectionOf(mokaAt('/declared').candidates.list({ stage: 'offer' }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).declaredLength).toBe(8 * 1024 ** 3);
  });

  it('an option out of range is refused at construction', () => {
    expect(() => mokaAt('/x', { maxResponseBytes: 4 * 1024 ** 3 })).toThrow(InputValidationError);
  });
});

describe('error bodies are bounded', () => {
  let rig: MokaRig;
  beforeAll(async () => {
    rig = await startMoka();
  });
  afterAll(() => rig.close());

  it('a 5 MB error body keeps 64 KiB of raw text and no parsed copy', async () => {
    const page = { success: false, errorMessage: 'refused', padding: 'p'.repeat(5 * 1024 * 1024) };
    rig.server.use(http.get('*/data/*', () => HttpResponse.json(page, { status: 400 })));
    const error = (await rejectionOf(rig.client().candidates.list({ stage: 'offer' }))) as APIError;
    expect(error).toBeInstanceOf(APIError);
    expect(error.rawBody.length).toBeLessThanOrEqual(64 * 1024);
    expect(error.body).toBeUndefined();
    expect(error.vendorMessage).toBe('refused');
  });
});

describe('paging metadata is untrusted', () => {
  let rig: CoodeshRig;
  beforeAll(async () => {
    rig = await startCoodesh();
  });
  afterAll(() => rig.close());

  /** A page that claims a billion pages. */
  const billion = () =>
    http.get('*/v2/jobs', ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
      return HttpResponse.json({
        docs: [{ _id: `job-${page}`, title: 'x' }],
        totalDocs: 1e10,
        limit: 10,
        page,
        totalPages: 1e9,
        hasNextPage: true,
        nextPage: page + 1,
      });
    });

  it('totalPages of 1e9 with prefetch: maxPages is checked before anything is built', async () => {
    rig.reset();
    rig.server.use(billion());
    const client = rig.client({ validateResponses: false });
    const before = process.memoryUsage().heapUsed;
    const error = await rejectionOf(client.jobs.list({}, { prefetch: 8 }).toArray());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/announced 1000000000 pages, more than maxPages \(100000\)/);
    expect(rig.server.requests).toHaveLength(1);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('with maxPages raised past the claim, prefetching allocates nothing per announced page', async () => {
    rig.reset();
    rig.server.use(billion());
    const client = rig.client({ validateResponses: false });
    const before = process.memoryUsage().heapUsed;
    const seen: number[] = [];
    for await (const page of client.jobs.list({}, { prefetch: 4, maxPages: 2e9 }).pages()) {
      seen.push(page.data.page as number);
      if (seen.length === 6) break;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('bad input at scale stays cheap', () => {
  let rig: MokaRig;
  beforeAll(async () => {
    rig = await startMoka();
  });
  afterAll(() => rig.close());

  it('a million invalid users reject within seconds, with a bounded message, without blocking the event loop', async () => {
    const users = Array.from({ length: 1_000_000 }, (_, i) => ({ name: `user ${i}` }) as unknown as MokaUserInput);
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = Date.now();
    const error = (await rejectionOf(rig.client().users.sync(users))) as InputValidationError;
    clearInterval(ticker);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.message.length).toBeLessThan(5_000);
    expect(error.message).toMatch(/more issue\(s\) \(\d+ in all\) \(checking stopped at user \d+ of 1000000/);
    expect(error.issues).toHaveLength(100);
    expect(longestGap).toBeLessThan(1_000);
    expect(rig.server.requests).toHaveLength(0);
  });

  it('an org chart that is one cycle of 50,000 departments is refused in linear time', async () => {
    const n = 50_000;
    const departments: MokaDepartmentInput[] = Array.from({ length: n }, (_, i) => ({
      name: `d${i}`,
      department_code: `c${i}`,
      parent_code: `c${(i + n - 1) % n}`,
    }));
    const started = Date.now();
    const error = (await rejectionOf(rig.client().departments.replaceAll(departments))) as InputValidationError;
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error.issues[0]!.message).toMatch(
      /its own indirect parent \(c0 → c49999 → .* … 50000 departments in all → c0\)/,
    );
    expect(error.message.length).toBeLessThan(10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(rig.server.requests).toHaveLength(0);
  });
});
