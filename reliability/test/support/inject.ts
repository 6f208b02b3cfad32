import { delay, getResponse, http, type RequestHandler } from 'msw';
import { FAULT_HEADER, faults, type SandboxServer } from '@hr/core/testing';

/** The transport and gateway faults the suite injects. */
export const FAULT_KINDS = [
  'reset',
  'resetAfterHeaders',
  'slowHeaders',
  'slowBody',
  'rateLimited',
  'status500',
  'status502',
  'status503',
  'html',
  'empty',
  'truncated',
  'wrongContentType',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Faults that break the connection or the clock: the client sees no HTTP answer at all. */
export const CONNECTION_FAULTS: readonly FaultKind[] = ['reset', 'resetAfterHeaders', 'slowHeaders', 'slowBody'];

/**
 * The per-attempt timeout used with the slow faults (the ceiling: 300 ms; less would time out
 * healthy calls on a loaded machine), and how late the slow answers come.
 */
export const TIMEOUT_MS = 300;
const SLOW_MS = TIMEOUT_MS + 400;

/** How a vendor shapes its error bodies, so injected answers look like the vendor's own. */
export interface VendorErrors {
  /** The body of a 429, and the vendor's rate-limit headers besides `retry-after`. */
  rateLimited(): { body: unknown; headers?: Record<string, string> };
  /** The body of a 5xx. */
  server(status: number): unknown;
}

/** Options of an injected fault. */
export interface FaultOptions {
  /** Send `retry-after` (seconds) with answers that have headers: keeps recoveries fast. */
  retryAfterSeconds?: number | undefined;
  /** How late slow answers come (default three times TIMEOUT_MS); keep it above the client's timeout. */
  slowMs?: number | undefined;
}

/** The response body the fake gives `request`, for faults built from a real answer. */
async function fakeAnswer(handlers: RequestHandler[], request: Request): Promise<{ status: number; text: string }> {
  const response = await getResponse(handlers, request);
  if (!response) return { status: 404, text: '{"message":"no fake handler"}' };
  return { status: response.status, text: await response.text() };
}

function hinted(options: FaultOptions): Record<string, string> {
  return options.retryAfterSeconds === undefined ? {} : { 'retry-after': String(options.retryAfterSeconds) };
}

/**
 * The answer for one fault. Faults made from a real answer (slow body, truncation, wrong content
 * type) run the fake first, so the write behind them is applied: the client must cope with a lost
 * answer to an applied request.
 */
export async function faultResponse(
  kind: FaultKind,
  request: Request,
  handlers: RequestHandler[],
  errors: VendorErrors,
  options: FaultOptions = {},
): Promise<Response> {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers, ...hinted(options) },
    });
  switch (kind) {
    case 'reset':
      return faults.reset();
    case 'resetAfterHeaders':
      await fakeAnswer(handlers, request);
      return faults.resetAfterHeaders(200);
    case 'slowHeaders': {
      const answer = await fakeAnswer(handlers, request);
      await delay(options.slowMs ?? SLOW_MS);
      return new Response(answer.text, { status: answer.status, headers: { 'content-type': 'application/json' } });
    }
    case 'slowBody': {
      const answer = await fakeAnswer(handlers, request);
      return faults.slowBody(answer.text, options.slowMs ?? SLOW_MS, answer.status);
    }
    case 'rateLimited': {
      const { body, headers } = errors.rateLimited();
      return json(429, body, headers);
    }
    case 'status500':
      return json(500, errors.server(500));
    case 'status502':
      return json(502, errors.server(502));
    case 'status503':
      return json(503, errors.server(503));
    case 'html':
      return new Response(GATEWAY_PAGE, { status: 502, headers: { 'content-type': 'text/html', ...hinted(options) } });
    case 'empty':
      return new Response(null, { status: 200, headers: { 'content-type': 'application/json', ...hinted(options) } });
    case 'truncated': {
      const answer = await fakeAnswer(handlers, request);
      const cut = Math.max(1, Math.floor(answer.text.length / 2));
      return new Response(answer.text, {
        status: answer.status,
        headers: { 'content-type': 'application/json', [FAULT_HEADER]: `truncate:${cut}`, ...hinted(options) },
      });
    }
    case 'wrongContentType':
      // A proxy's plain-text answer where JSON was due.
      return new Response('Service Unavailable', {
        status: 200,
        headers: { 'content-type': 'text/plain', ...hinted(options) },
      });
  }
}

/** The HTML page a load balancer sends instead of the vendor's answer. */
export const GATEWAY_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** Decides, per request the server receives, whether to answer it with a fault. */
export type FaultPlan = (request: Request, index: number) => FaultKind | undefined;

/**
 * Puts a fault injector in front of the fake's handlers: requests matching `matches` are counted
 * (`index` 0, 1, 2...) and `plan` picks a fault for some of them; the others reach the fake.
 */
export function injectFaults(
  server: SandboxServer,
  handlers: RequestHandler[],
  errors: VendorErrors,
  plan: FaultPlan,
  options: FaultOptions & { matches?: (method: string, url: URL) => boolean } = {},
): { injected: FaultKind[] } {
  let index = 0;
  const injected: FaultKind[] = [];
  server.use(
    http.all('*', async ({ request }) => {
      if (options.matches && !options.matches(request.method, new URL(request.url))) return undefined;
      const kind = plan(request, index++);
      if (kind === undefined) return undefined;
      injected.push(kind);
      return faultResponse(kind, request.clone(), handlers, errors, options);
    }),
  );
  return { injected };
}
