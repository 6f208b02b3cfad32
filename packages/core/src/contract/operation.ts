import type { z } from 'zod';
import type { PaginationStyle } from './pagination-styles.js';
import type { ResponseMapper } from './response-mapper.js';
import type { KnownKeys, Lazy } from './schema.js';

/** HTTP methods the operations use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** How arrays are written in a query string: `a=1&a=2` (repeat) or `a=1,2` (comma). */
export type ArrayFormat = 'repeat' | 'comma';

/** Where an idempotency token travels. */
export interface IdempotencyKeySpec {
  /** Where the token goes. */
  in: 'query' | 'header' | 'body';
  /** The parameter, header or body field name, e.g. `client_token`. */
  name: string;
}

/**
 * How the body is encoded: `json` (default); `multipart` (form-data: each top-level field a part,
 * files from `fileFrom()` or a Blob as file parts); `binary` (the body is one file, sent as its bytes).
 */
export type BodyType = 'json' | 'multipart' | 'binary';

/**
 * A list sent as consecutive calls of at most `size` items (see `BaseClient.requestInBatches`). Its
 * items are validated once, before the first call, a slice at a time so a huge list does not block
 * the event loop; an empty list is refused.
 */
export interface BatchSpec {
  /** The body field holding the list, e.g. `usersInfo`; leave it out when the body is the list itself. */
  field?: string | undefined;
  /** The most items one call may carry. */
  size: number;
  /** The schema of one item. */
  items: Lazy<z.ZodType>;
  /** What one item is called in messages, e.g. `user` (default `item`). */
  itemName?: string | undefined;
}

/** A list in the query sent as consecutive calls of at most `size` values, listed one after another as one listing. */
export interface FanOutSpec {
  /** The query parameter holding the list, e.g. `pre_hire_ids`. */
  param: string;
  /** The most values one call may carry. */
  size: number;
}

type Schema = z.ZodType;

/** One endpoint, declared as data. */
export interface OperationConfig<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
  Pg extends PaginationStyle | undefined = undefined,
  H extends Schema | undefined = undefined,
> {
  /** `<resource>.<method>`; names the operation in errors, logs, rate limits and route overrides. */
  id: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Path relative to the base URL, with `:name` placeholders. */
  path: string;
  /** Schema of the `:name` path parameters. */
  pathParams?: Lazy<P>;
  /** Schema of the query parameters. */
  query?: Lazy<Q>;
  /** Schema of the body (see `bodyType` for its encoding). */
  body?: Lazy<B>;
  /** Schema of headers the call itself must carry (e.g. a vendor's `IDENTIFIER_TYPE`). */
  headers?: Lazy<H>;
  /** Schema of the response data (as the response mapper returns it); validated leniently. */
  response?: Lazy<R>;
  /** How the body is encoded (default `json`). */
  bodyType?: BodyType;
  /** How the response pages, for list operations. */
  paginate?: Pg;
  /** How arrays are written in the query (default: repeated keys). */
  arrayFormat?: ArrayFormat;
  /** Safe to send twice (default: true for GET, HEAD, PUT and DELETE). */
  idempotent?: boolean;
  /** An idempotency token generated when missing and reused on every retry of the call. */
  idempotencyKey?: IdempotencyKeySpec;
  /** Documented rate limits, e.g. `['50/s', '1000/min']`. */
  rateLimit?: readonly string[];
  /** Whether the client's credentials are sent (default true). */
  auth?: boolean;
  /**
   * This operation's own response mapper, used instead of the vendor's `VendorConfig.mapResponse`
   * (e.g. a token endpoint whose answer is not the vendor's usual envelope).
   */
  mapResponse?: ResponseMapper;
  /** Calls of operations naming the same lane run one at a time per client (e.g. a vendor that refuses concurrent org writes). */
  serial?: string;
  /** A body list split into consecutive calls (for `requestInBatches`). */
  batch?: BatchSpec;
  /** A query list split into consecutive calls of one listing (for `paginate`). */
  fanOut?: FanOutSpec;
}

/** A declared endpoint (see {@link defineOperation}). */
export interface Operation<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
  Pg extends PaginationStyle | undefined = PaginationStyle | undefined,
  H extends Schema | undefined = Schema | undefined,
> extends OperationConfig<P, Q, B, R, Pg, H> {
  readonly paginate: Pg;
  readonly idempotent: boolean;
  readonly auth: boolean;
  readonly bodyType: BodyType;
}

/** Methods that are safe to send twice by their nature. */
function isIdempotentMethod(method: HttpMethod): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'DELETE';
}

/** Declares an endpoint: one object per operation, turned into typed calls by the client. */
export function defineOperation<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
  Pg extends PaginationStyle | undefined = undefined,
  H extends Schema | undefined = undefined,
>(config: OperationConfig<P, Q, B, R, Pg, H>): Operation<P, Q, B, R, Pg, H> {
  return {
    ...config,
    paginate: config.paginate as Pg,
    idempotent: config.idempotent ?? isIdempotentMethod(config.method),
    auth: config.auth ?? true,
    bodyType: config.bodyType ?? 'json',
  };
}

// Open (loose) request schemas accept unknown keys, but the input type is the documented shape.
type Part<S, K extends string> = S extends Schema ? { [k in K]: KnownKeys<z.input<S>> } : { [k in K]?: undefined };

/** The input of an operation: `{ path, query, body, headers }` as its schemas accept them. */
export type OperationInput<Op> =
  Op extends Operation<infer P, infer Q, infer B, infer _R, infer _Pg, infer H>
    ? Part<P, 'path'> & Part<Q, 'query'> & Part<B, 'body'> & Part<H, 'headers'>
    : never;

/** The validated response data of an operation. */
export type OperationOutput<Op> =
  Op extends Operation<infer _P, infer _Q, infer _B, infer R, infer _Pg, infer _H>
    ? R extends Schema
      ? z.output<R>
      : unknown
    : never;
