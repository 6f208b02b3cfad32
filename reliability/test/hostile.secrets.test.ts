import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaseClient } from '@hr/core/internal';
import { exposure, leaks } from './support/capture.js';
import { type Rig, startComeet, startCoodesh, startFeishu, startMoka } from './support/rigs.js';

/**
 * Attack: a server that echoes the credential it received into every channel the SDK copies from an
 * answer. For each vendor's credential kind (Moka's Basic key, Coodesh's x-api-key, Feishu's tenant
 * token and app secret, Comeet's JWT and the api key inside it), raw, URL-encoded and base64-encoded,
 * into: the error code, the message, extra error fields, request-id and other headers, a body nested
 * deeper than any fixed walk limit, a raw body longer than what errors keep (the secret across the
 * cut), and the raw bytes an HTTP parser error carries. Nothing may show it: error message, fields,
 * JSON, util.inspect with causes, debug logs and hook events.
 */

type Form = 'raw' | 'url' | 'base64';
const FORMS: Form[] = ['raw', 'url', 'base64'];
const encode = (value: string, form: Form) =>
  form === 'raw' ? value : form === 'url' ? encodeURIComponent(value) : Buffer.from(value).toString('base64');

/** Every form of every secret, as the leak check looks for them. */
const allForms = (secrets: readonly string[]) => secrets.flatMap((s) => FORMS.map((form) => encode(s, form)));

type Channel = 'code' | 'message' | 'fields' | 'headers' | 'deep body' | 'cut raw body';
const CHANNELS: Channel[] = ['code', 'message', 'fields', 'headers', 'deep body', 'cut raw body'];

/** The credential the request carried: the bearer token (JWT or tenant token) or the API key, or what a Basic key decodes to. */
function credentialOf(request: Request): string[] {
  const authorization = request.headers.get('authorization') ?? '';
  const apiKey = request.headers.get('x-api-key');
  if (apiKey) return [apiKey];
  const [scheme, value = ''] = authorization.split(' ');
  if (scheme === 'Basic') return [Buffer.from(value, 'base64').toString('utf8').replace(/:$/, ''), value];
  // A JWT: the token, and the api key the server can read from its `iss` claim.
  const claims = value.split('.')[1];
  const iss = claims
    ? (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { iss?: string }).iss
    : undefined;
  return [value, ...(iss ? [iss] : [])];
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { inner: value };
  return value;
}

/** An error answer carrying `echoed` in `channel`, shaped like `vendor`'s error body. */
function answer(vendor: string, channel: Channel, echoed: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (channel === 'headers') Object.assign(headers, { 'x-tt-logid': echoed, 'x-request-id': echoed, 'x-echo': echoed });
  if (channel === 'cut raw body') {
    // Longer than the 64 KiB an error keeps, with the secret across the cut and elsewhere.
    const text = `${'x'.repeat(64 * 1024 - 5)}${echoed} <pre>${echoed}</pre>${'y'.repeat(1000)}`;
    return new Response(text, { status: 400, headers: { 'content-type': 'text/html' } });
  }
  const text = channel === 'message' ? `refused ${echoed}` : 'refused';
  const code = channel === 'code' ? echoed : undefined;
  const extra = channel === 'fields' ? { extra: echoed, troubleshooter: echoed } : {};
  const deep = channel === 'deep body' ? { deep: nested(5000, { echo: echoed }) } : {};
  const body: Record<string, Record<string, unknown>> = {
    moka: { success: false, code: code ?? 1, errorMessage: text, ...extra, ...deep },
    coodesh: { statusCode: 400, message: text, error: code ?? 'Bad Request', ...extra, ...deep },
    'feishu-corehr': {
      code: code ?? 1161001,
      msg: text,
      error: { troubleshooter: extra.troubleshooter },
      ...extra,
      ...deep,
    },
    comeet: { status: 400, error: code ?? 'required_field', message: text, ...extra, ...deep },
  };
  return new Response(JSON.stringify(body[vendor]), { status: 400, headers });
}

interface Target<C extends BaseClient> {
  vendor: string;
  start(): Promise<Rig<C, unknown>>;
  /** The API route that echoes (the Feishu token endpoint keeps answering normally). */
  route: string;
  call(client: C): PromiseLike<unknown>;
}

/** A target, typed by its own client, listed with the others. */
const targetOf = <C extends BaseClient>(t: Target<C>) => t as unknown as Target<BaseClient>;

const TARGETS = [
  targetOf({ vendor: 'moka', start: startMoka, route: '*/data/*', call: (c) => c.candidates.list({ stage: 'offer' }) }),
  targetOf({ vendor: 'coodesh', start: () => startCoodesh(), route: '*/v2/jobs', call: (c) => c.jobs.list() }),
  targetOf({
    vendor: 'feishu-corehr',
    start: () => startFeishu(),
    route: '*/corehr/*',
    call: (c) => c.preHires.list(),
  }),
  targetOf({
    vendor: 'comeet',
    start: startComeet,
    route: '*/candidates/*',
    call: (c) => c.candidates.retrieve('1A.A01'),
  }),
];

describe.each(TARGETS)('$vendor: a server echoing the credential it received', (target) => {
  let rig: Rig<BaseClient, unknown>;
  beforeAll(async () => {
    rig = await target.start();
  });
  afterAll(() => rig.close());

  const cases = CHANNELS.flatMap((channel) => FORMS.map((form) => [channel, form] as const));
  it.each(cases)('into the %s, %s: nothing shows it', async (channel, form) => {
    rig.reset();
    rig.server.use(
      http.all(target.route, ({ request }) =>
        answer(
          target.vendor,
          channel,
          credentialOf(request)
            .map((c) => encode(c, form))
            .join(' '),
        ),
      ),
    );
    const exposed = await exposure(rig, target.call);
    expect(rig.server.requests.length).toBeGreaterThan(0);
    expect(leaks(allForms(rig.secrets()), exposed)).toEqual([]);
  });
});

describe('the HTTP parser error carrying the raw response bytes', () => {
  let server: Server;
  let url: string;
  /** Every credential the malformed server received. */
  const received: string[] = [];
  beforeAll(async () => {
    // Echoes the Authorization header it received inside a malformed response.
    server = createServer((socket) =>
      socket.once('data', (data) => {
        const authorization = /authorization: ([^\r\n]+)/i.exec(data.toString('latin1'))?.[1] ?? '';
        const value = authorization.replace(/^(Basic|Bearer) /, '');
        const decoded = Buffer.from(value, 'base64').toString('latin1');
        received.push(value, decoded);
        socket.end(`HTTP/1.1 200 OK\r\nX-Echo: ${value}\r\nBad\u0000Header ${value} ${decoded}\r\n\r\n{}`);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(TARGETS.filter((t) => t.vendor === 'moka' || t.vendor === 'comeet'))(
    '$vendor: the cause keeps only a redacted message, never the bytes',
    async (target) => {
      const rig = await target.start();
      try {
        const baseUrl = target.vendor === 'moka' ? `${url}/api-platform/v1` : url;
        const exposed = await exposure(rig, target.call, { baseUrl });
        expect(exposed.join('\n')).toMatch(/does not match the HTTP\/1\.1 protocol/);
        expect(received.length).toBeGreaterThan(0);
        expect(leaks(allForms([...rig.secrets(), ...received.filter((r) => r.length >= 6)]), exposed)).toEqual([]);
      } finally {
        await rig.close();
      }
    },
  );
});
