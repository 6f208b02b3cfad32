import {
  APIPromise,
  InputValidationError,
  PagePromise,
  Resource,
  type BaseClient,
  type Lazy,
  type Operation,
  type PaginationStyle,
} from '@hr/core';
import { parseWithIssues, resolveLazy } from '@hr/core/internal';
import type { z } from 'zod';
import { COODESH_OPERATIONS } from '../generated/operations.js';
import type { OperationEntry } from '../routing/operation-entry.js';
import type {
  CallInput,
  CallResult,
  CoodeshOperationId,
  ListResult,
  OutputOf,
  PagedOperationId,
} from '../routing/operation-types.js';
import { toCoreOptions, type CoodeshPaginateOptions, type ResponseSchemaOptions } from '../scope.js';

const TABLE: Readonly<Record<string, OperationEntry>> = COODESH_OPERATIONS;

/** A client the Coodesh resources can call: the core client plus routing and secret registration. */
export interface CoodeshCaller extends BaseClient {
  /** Hides a secret value (e.g. a token sent in a path) from logs and errors. */
  protectSecret(value: string): void;
  /** The operation as this client sends it (a supplied route applied), or a throw when its route may not be used. */
  operation(id: CoodeshOperationId): Operation;
}

/** The caller's `responseSchema` option, checked to be a zod schema. */
function responseSchemaOf(options: unknown, id: string): z.ZodType | undefined {
  const schema: unknown =
    typeof options === 'object' && options !== null ? Reflect.get(options, 'responseSchema') : undefined;
  if (schema === undefined) return undefined;
  if (typeof (schema as Partial<z.ZodType>).safeParse === 'function') return schema as z.ZodType;
  throw new InputValidationError(
    [{ path: 'options.responseSchema', message: 'must be a zod schema', code: 'invalid_type' }],
    id,
  );
}

/**
 * A Coodesh resource: calls the operations of the table (`src/generated/operations.ts`) by id, with
 * the routing rules, the required headers and the per-call scope (`workspaceId`, `subaccountId`,
 * `language`). Anything wrong before sending (a route that may not be used, a bad header or scope
 * option) rejects the returned promise; nothing is thrown.
 */
export abstract class CoodeshResource extends Resource<CoodeshCaller> {
  /** Calls the operation `id`. */
  protected send<Id extends CoodeshOperationId, T = OutputOf<Id>>(
    id: Id,
    input: CallInput<Id>,
    options?: ResponseSchemaOptions<T>,
  ): CallResult<Id, T> {
    try {
      const call = this.#prepare(id, input, options);
      return this.client.request(call.operation, call.input, call.options) as CallResult<Id, T>;
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error)) as CallResult<Id, T>;
    }
  }

  /** Lists with the paging of the operation `id`; what is wrong before sending rejects when the listing is consumed. */
  protected paginate<Id extends PagedOperationId>(
    id: Id,
    input: CallInput<Id>,
    options?: CoodeshPaginateOptions,
  ): ListResult<Id> {
    try {
      const call = this.#prepare(id, input, options);
      const operation = call.operation as Operation & { paginate: PaginationStyle };
      return this.client.paginate(operation, call.input, call.options) as ListResult<Id>;
    } catch (error) {
      return new PagePromise(() => Promise.reject(error), TABLE[id]!.paginate!, {}) as ListResult<Id>;
    }
  }

  /** The operation this client sends for `id`, its core input and options (the required headers checked). */
  #prepare(
    id: CoodeshOperationId,
    input: object,
    options: ResponseSchemaOptions<unknown> | CoodeshPaginateOptions | undefined,
  ) {
    let operation = this.client.operation(id);
    const responseSchema = responseSchemaOf(options, id);
    if (responseSchema) operation = { ...operation, response: responseSchema };
    const { headers, ...rest } = input as { headers?: unknown };
    const schema = TABLE[id]!.headers;
    let required: Record<string, string> | undefined;
    if (schema) {
      const parsed = parseWithIssues(resolveLazy(schema as Lazy<z.ZodType>), headers, 'headers');
      if (!parsed.success) throw new InputValidationError(parsed.issues, id);
      required = parsed.data as Record<string, string>;
    }
    return { operation, input: rest, options: toCoreOptions(options, id, required) };
  }
}
