import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as lark from '@larksuiteoapi/node-sdk';
import type { RecordedRequest } from '@hr/core/testing';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { combineFields } from '../scripts/extract/combine.js';
import { readNodeSdk } from '../scripts/extract/node-sdk.js';
import { loadManifest } from '../scripts/generator/manifest.js';
import { FeishuCoreHRClient, PreHires } from '../src/index.js';
import { type CallArgs, callOfficial, OURS } from './contract/calls.js';
import { exampleOf, nodeFacts } from './contract/examples.js';
import { captureLogger } from './setup.js';
import { serveHandlers, type SandboxServer } from '@hr/core/testing';

/**
 * The contract with the official Node SDK (@larksuiteoapi/node-sdk): for every exposed pre-hire
 * operation, the same call through the official client and through ours, against one loopback
 * recorder, sends the same method, path, query and JSON body; the answer every field of the
 * official definitions implies parses through our client without a warning; and the manifest the
 * models are generated from is what the installed SDK declares (a field renamed or retyped on
 * either side fails here).
 */

/**
 * Where our requests differ from the official client's by design, when the caller leaves the
 * fields out (the full examples below give them, so they send identical requests):
 * - `preHires.create`: we generate `out_biz_id` (a UUID) so a retried create adds one pre-hire;
 * - `preHires.patch`: we generate `client_token` (query) so a retried update applies once;
 * - `preHires.list`, `preHires.query`, `preHires.search`: we send `page_size` (the page's maximum),
 *   which Feishu requires and documents no default for.
 * And always: the official client sends `{}` as the body of a GET or DELETE; we send none (Feishu
 * reads no body there). A POST without documented fields (`complete`) sends `{}` in both.
 */
const DOCUMENTED_DIFFERENCES: Record<string, { query?: string[]; body?: string[] }> = {
  'preHires.create': { body: ['out_biz_id'] },
  'preHires.patch': { query: ['client_token'] },
  'preHires.list': { query: ['page_size'] },
  'preHires.query': { query: ['page_size'] },
  'preHires.search': { query: ['page_size'] },
};

const manifest = loadManifest();
const TOKEN = 't-contract-token';
let server: SandboxServer;
let answer: unknown = {};

/** A request as the comparison sees it: method, decoded path, sorted query pairs, parsed JSON body. */
function wire(request: RecordedRequest) {
  const query = Object.entries(request.query)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key}=${v}`))
    .sort();
  const bodiless = request.method === 'GET' || request.method === 'DELETE';
  return {
    method: request.method,
    path: decodeURIComponent(request.path),
    query,
    // A documented difference: the official client sends `{}` on a GET or DELETE, we send no body.
    body:
      request.body === '' || (bodiless && request.body === '{}') ? undefined : (JSON.parse(request.body) as unknown),
  };
}

/** The API calls recorded since `from` (the token requests left out). */
const apiCalls = (from: number) => server.requests.slice(from).filter((r) => r.path.includes('/corehr/'));

const ours = () =>
  new FeishuCoreHRClient({
    appId: 'cli_contract',
    appSecret: 'contract-secret',
    baseUrl: server.url,
    maxRetries: 0,
    rateLimit: false,
  });
const official = () =>
  new lark.Client({
    appId: 'cli_contract',
    appSecret: 'contract-secret',
    appType: lark.AppType.SelfBuild,
    domain: server.url,
    loggerLevel: lark.LoggerLevel.error,
  });

beforeAll(async () => {
  server = await serveHandlers([
    http.post('*/open-apis/auth/v3/tenant_access_token/internal', () =>
      HttpResponse.json({ code: 0, msg: 'ok', tenant_access_token: TOKEN, expire: 7200 }),
    ),
    http.all('*/open-apis/corehr/*', () => HttpResponse.json({ code: 0, msg: 'success', data: answer })),
  ]);
});
afterAll(() => server.close());

/** The full example call of an operation: every path, query and body field of the manifest. */
function fullArgs(operation: (typeof manifest.operations)[number]): CallArgs {
  return {
    path: exampleOf(operation.pathParams, `${operation.id}:path`) as Record<string, string>,
    query: exampleOf(operation.query, `${operation.id}:query`),
    ...(operation.body ? { body: exampleOf(operation.body, `${operation.id}:body`) } : {}),
  };
}

describe('the contract with the official Node SDK', () => {
  test('every exposed pre-hire operation is in the manifest, and every manifest operation is exposed', () => {
    const methods = Object.getOwnPropertyNames(PreHires.prototype).filter((name) => name !== 'constructor');
    expect(methods.map((m) => `preHires.${m}`).sort()).toEqual(manifest.operations.map((o) => o.id).sort());
    expect(Object.keys(OURS).sort()).toEqual(manifest.operations.map((o) => o.id).sort());
  });

  test.each(manifest.operations.map((o) => [o.id, o] as const))(
    '%s: the same call sends the same method, path, query and JSON body through both clients',
    async (id, operation) => {
      const args = fullArgs(operation);
      answer = operation.response ? exampleOf(operation.response, `${id}:response`) : {};
      const start = server.requests.length;
      await callOfficial(official(), operation.where.node!, args);
      await OURS[id]!(ours(), args);
      const [theirs, mine, ...more] = apiCalls(start).map(wire);
      expect(more).toEqual([]);
      expect(theirs).toMatchObject({ method: operation.method });
      expect(mine).toEqual(theirs);
    },
  );

  test.each(manifest.operations.map((o) => [o.id, o] as const))(
    '%s: a call leaving out what the SDK fills in differs only as documented',
    async (id, operation) => {
      const args = fullArgs(operation);
      const differences = DOCUMENTED_DIFFERENCES[id] ?? {};
      for (const key of differences.query ?? []) delete args.query[key];
      for (const key of differences.body ?? []) delete args.body![key];
      answer = operation.response ? exampleOf(operation.response, `${id}:response`) : {};
      const start = server.requests.length;
      await callOfficial(official(), operation.where.node!, args);
      await OURS[id]!(ours(), id === 'preHires.list' ? { ...args, query: { ...args.query, page_size: '100' } } : args);
      const [theirs, mine] = apiCalls(start).map(wire);
      const strip = (call: ReturnType<typeof wire>) => ({
        ...call,
        query: call.query.filter((pair) => !(differences.query ?? []).includes(pair.split('=')[0]!)),
        body:
          call.body && differences.body
            ? Object.fromEntries(
                Object.entries(call.body as object).filter(([key]) => !differences.body!.includes(key)),
              )
            : call.body,
      });
      expect(strip(mine!)).toEqual(strip(theirs!));
      for (const key of differences.query ?? [])
        expect(mine!.query.some((pair) => pair.startsWith(`${key}=`))).toBe(true);
      for (const key of differences.body ?? []) expect(mine!.body).toHaveProperty(key);
    },
  );

  test.each(manifest.operations.filter((o) => o.response).map((o) => [o.id, o] as const))(
    '%s: the answer with every field of the official definitions parses without a warning, losing nothing',
    async (id, operation) => {
      const log = captureLogger();
      const client = new FeishuCoreHRClient({
        appId: 'cli_contract',
        appSecret: 'contract-secret',
        baseUrl: server.url,
        maxRetries: 0,
        rateLimit: false,
        validateResponses: 'warn',
        logger: log.logger,
      });
      answer = exampleOf(operation.response!, `${id}:response`);
      const result = await OURS[id]!(client, fullArgs(operation));
      expect(log.lines.filter((line) => /Unexpected response shape|warn/i.test(line))).toEqual([]);
      // Every field of the answer comes back as sent (a listing's page carries it as `data`).
      const data =
        typeof result === 'object' && result !== null && 'hasNextPage' in result
          ? (result as unknown as { data: unknown }).data
          : result;
      expect(JSON.parse(JSON.stringify(data))).toEqual(answer);
    },
  );

  test('the manifest holds what the installed official SDK declares: every field, its type and whether it is required', () => {
    const packageDir = dirname(createRequire(import.meta.url).resolve('@larksuiteoapi/node-sdk/package.json'));
    const declared = readNodeSdk(packageDir, ['v1', 'v2']);
    for (const operation of manifest.operations) {
      const node = declared.get(operation.where.node!.replace(/^client\.corehr\.(v[12])\.preHire\./, '$1.'))!;
      expect({ method: node.method, path: node.path }, operation.id).toEqual({
        method: operation.method,
        path: operation.path,
      });
      for (const part of ['pathParams', 'query', 'body', 'response'] as const) {
        const fromSdk = nodeFacts(combineFields(operation.id, part, { node: node[part] ?? [] }, 'request', []), part);
        const fromManifest = nodeFacts(operation[part] ?? [], part);
        expect(Object.fromEntries(fromManifest), `${operation.id} ${part}`).toEqual(Object.fromEntries(fromSdk));
      }
    }
  }, 90_000); // parsing the SDK's 17 MB of declarations takes seconds
});
