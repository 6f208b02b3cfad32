import { APIPromise, InputValidationError, PagePromise } from '@hr/core';
import {
  Resource,
  type BaseClient,
  type Operation,
  type OperationInput,
  type PaginationStyle,
} from '@hr/core/internal';
import type { z } from 'zod';
import type {
  CallInput,
  CallResult,
  CoodeshOperationId,
  ListResult,
  OutputOf,
  PagedOperationId,
} from '../routing/operation-types.js';
import { toCoreOptions, type CoodeshPaginateOptions, type ResponseSchemaOptions } from '../scope.js';

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
 * the routing rules and the per-call scope (`workspaceId`, `subaccountId`, `language`). The operation
 * itself validates the input, required headers included. Anything wrong before sending (a route that
 * may not be used, a bad input or scope option) rejects the returned promise; nothing is thrown.
 */
export abstract class CoodeshResource extends Resource<CoodeshCaller> {
  /** Calls the operation `id`. */
  protected send<Id extends CoodeshOperationId, T = OutputOf<Id>>(
    id: Id,
    input: CallInput<Id>,
    options?: ResponseSchemaOptions<T>,
  ): CallResult<Id, T> {
    return APIPromise.defer(() => {
      const call = this.#prepare(id, options);
      return this.client.request(call.operation, input as OperationInput<Operation>, call.options);
    }) as CallResult<Id, T>;
  }

  /** Lists with the paging of the operation `id`; what is wrong before sending rejects when the listing is consumed. */
  protected paginate<Id extends PagedOperationId>(
    id: Id,
    input: CallInput<Id>,
    options?: CoodeshPaginateOptions,
  ): ListResult<Id> {
    return PagePromise.defer(() => {
      const call = this.#prepare(id, options);
      return this.client.paginate(
        call.operation as Operation & { paginate: PaginationStyle },
        input as OperationInput<Operation>,
        call.options,
      );
    }) as ListResult<Id>;
  }

  /** The operation this client sends for `id` (throws when its route may not be used) and the core's options. */
  #prepare(id: CoodeshOperationId, options: ResponseSchemaOptions<unknown> | CoodeshPaginateOptions | undefined) {
    let operation = this.client.operation(id);
    const responseSchema = responseSchemaOf(options, id);
    if (responseSchema) operation = { ...operation, response: responseSchema };
    return { operation, options: toCoreOptions(options, id) };
  }
}
