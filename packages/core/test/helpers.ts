import { z } from 'zod';
import { type ClientOptions } from '../src/index.js';
import {
  BaseClient,
  BasicAuth,
  defineOperation,
  nextCursor,
  type AuthStrategy,
  type Failure,
  type VendorConfig,
} from '../src/internal.js';

/** Test options: the vendor config to override, and how the test vendor classifies a failure beyond its code and message. */
export interface TestClientOptions extends ClientOptions {
  auth?: AuthStrategy;
  vendor?: Partial<VendorConfig>;
  classify?: (failure: Failure) => Failure;
}

/** A tiny vendor: JSON bodies `{ ok, data | error: { code, message } }`. */
export class TestClient extends BaseClient {
  constructor({ auth, vendor, classify = (failure) => failure, ...options }: TestClientOptions = {}) {
    super(
      { maxRetries: 2, logLevel: 'off', ...options },
      {
        vendor: 'test',
        clientName: 'TestClient',
        vendorOptions: [],
        packageName: '@hr/test',
        version: '9.9.9',
        defaultBaseUrl: 'http://127.0.0.1:9',
        auth: auth ?? new BasicAuth({ username: 'test-api-key-123', password: '' }),
        secrets: ['test-api-key-123'],
        requestIdHeader: 'x-request-id',
        mapResponse: (ctx) => {
          const body = ctx.json as { ok?: boolean; data?: unknown; error?: { code?: number; message?: string } };
          if (ctx.status < 300 && body.ok !== false) return ctx.ok(body.data ?? body);
          return ctx.fail(classify({ message: body.error?.message ?? `HTTP ${ctx.status}`, code: body.error?.code }));
        },
        ...vendor,
      },
    );
  }
}

export const Item = z.looseObject({ id: z.number(), name: z.string() });

export const getItem = defineOperation({
  id: 'items.get',
  method: 'GET',
  path: '/items/:id',
  pathParams: z.object({ id: z.string() }),
  response: Item,
});

export const createItem = defineOperation({
  id: 'items.create',
  method: 'POST',
  path: '/items',
  body: z.object({ name: z.string().min(1), tags: z.array(z.string()).max(3).optional() }),
  response: Item,
});

export const listByCursor = defineOperation({
  id: 'items.list',
  method: 'GET',
  path: '/items',
  query: z.object({ limit: z.number().int().max(20).optional(), next: z.string().optional() }),
  response: z.looseObject({ data: z.array(Item), next: z.string().nullish() }),
  paginate: nextCursor(),
});
