import type { z } from 'zod';
import type { PaginationStyle } from '../pagination/styles.js';
import type { ArrayFormat } from '../transport/query.js';
import type { Lazy } from './schema.js';

/** HTTP methods the operations use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** Where an idempotency token travels. */
export interface IdempotencyKeySpec {
  /** Where the token goes. */
  in: 'query' | 'header' | 'body';
  /** The parameter, header or body field name, e.g. `client_token`. */
  name: string;
}

type Schema = z.ZodType;

/** One endpoint, declared as data. */
export interface OperationConfig<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
  Pg extends PaginationStyle | undefined = undefined,
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
  /** Schema of the JSON body. */
  body?: Lazy<B>;
  /** Schema of the (envelope-mapped) response data; validated leniently. */
  response?: Lazy<R>;
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
}

/** A declared endpoint (see {@link defineOperation}). */
export interface Operation<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
  Pg extends PaginationStyle | undefined = PaginationStyle | undefined,
> extends OperationConfig<P, Q, B, R, Pg> {
  readonly paginate: Pg;
  readonly idempotent: boolean;
  readonly auth: boolean;
}

/** Declares an endpoint: one object per operation, turned into typed calls by the client. */
export function defineOperation<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
  Pg extends PaginationStyle | undefined = undefined,
>(config: OperationConfig<P, Q, B, R, Pg>): Operation<P, Q, B, R, Pg> {
  const safeByNature =
    config.method === 'GET' || config.method === 'HEAD' || config.method === 'PUT' || config.method === 'DELETE';
  return {
    ...config,
    paginate: config.paginate as Pg,
    idempotent: config.idempotent ?? safeByNature,
    auth: config.auth ?? true,
  };
}

type Part<S, K extends string> = S extends Schema ? { [k in K]: z.input<S> } : { [k in K]?: undefined };

/** The input of an operation: `{ path, query, body }` as its schemas accept them. */
export type OperationInput<Op> =
  Op extends Operation<infer P, infer Q, infer B, infer _R, infer _Pg>
    ? Part<P, 'path'> & Part<Q, 'query'> & Part<B, 'body'>
    : never;

/** The validated response data of an operation. */
export type OperationOutput<Op> =
  Op extends Operation<infer _P, infer _Q, infer _B, infer R, infer _Pg>
    ? R extends Schema
      ? z.output<R>
      : unknown
    : never;
