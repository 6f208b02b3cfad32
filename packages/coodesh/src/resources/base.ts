import {
  APIPromise,
  InputValidationError,
  lazySchema,
  PagePromise,
  Resource,
  type BaseClient,
  type Operation,
  type OperationInput,
  type OperationOutput,
  type PageItem,
  type PaginationStyle,
} from '@hr/core';
import { parseWithIssues } from '@hr/core/internal';
import { z } from 'zod';
import { toCoreOptions, type CoodeshPaginateOptions, type CoodeshRequestOptions } from '../scope.js';

/** A client the Coodesh resources can call: the core client plus routing and secret registration. */
export interface CoodeshCaller extends BaseClient {
  /** Hides a secret value (e.g. a token sent in a path) from logs and errors. */
  protectSecret(value: string): void;
  /** The operation as it will be sent (a supplied route applied), or a throw when its route may not be used. */
  resolveRoute<Op extends Operation>(operation: Op): Op;
}

/** A Coodesh resource: calls operations with the routing rules and the per-call scope (`workspaceId`, `subaccountId`, `language`). */
export abstract class CoodeshResource extends Resource<CoodeshCaller> {
  /** Calls `operation`; an unusable route or a bad scope option rejects before anything is sent. */
  protected send<Op extends Operation>(
    operation: Op,
    input: OperationInput<Op>,
    options?: CoodeshRequestOptions,
  ): APIPromise<OperationOutput<Op>> {
    try {
      return this.client.request(this.client.resolveRoute(operation), input, toCoreOptions(options, operation.id));
    } catch (error) {
      return new APIPromise(Promise.reject(error));
    }
  }

  /** Lists with `operation`'s pagination style; an unusable route or a bad scope option rejects when the listing is consumed. */
  protected paginate<Op extends Operation & { paginate: PaginationStyle }>(
    operation: Op,
    input: OperationInput<Op>,
    options?: CoodeshPaginateOptions,
  ): PagePromise<OperationOutput<Op>, PageItem<Op>> {
    try {
      return this.client.paginate(this.client.resolveRoute(operation), input, toCoreOptions(options, operation.id));
    } catch (error) {
      return new PagePromise(() => Promise.reject(error), operation.paginate, {});
    }
  }

  /** Calls `operation` with the headers it requires, checked against `schema`: a bad one rejects before anything is sent. */
  protected sendWithHeaders<Op extends Operation, H extends object>(
    operation: Op,
    input: OperationInput<Op>,
    schema: () => z.ZodType<H>,
    headers: H,
    options?: CoodeshRequestOptions,
  ): APIPromise<OperationOutput<Op>> {
    const parsed = parseWithIssues(schema(), headers, 'headers');
    if (!parsed.success) return new APIPromise(Promise.reject(new InputValidationError(parsed.issues, operation.id)));
    return this.send(operation, input, {
      ...options,
      headers: { ...options?.headers, ...Object.fromEntries(Object.entries(parsed.data)) },
    });
  }
}

/** The schema of an operation's `:name` path parameters: non-empty strings (or integers where `numbers` says so). */
export function pathParams<const N extends string, const I extends N = never>(
  names: readonly N[],
  numbers: readonly I[] = [],
) {
  return lazySchema(() =>
    z.strictObject(
      Object.fromEntries(
        names.map((name) => [
          name,
          (numbers as readonly string[]).includes(name) ? z.number().int() : z.string().min(1),
        ]),
      ) as {
        [K in N]: K extends I ? z.ZodNumber : z.ZodString;
      },
    ),
  );
}

/**
 * The route of an operation whose HTTP method the reference lost (and maybe its path): `defineOperation`
 * needs one, but the router never sends such an operation before you supply its route in `routes`,
 * so this placeholder never reaches the network.
 */
export function lostRoute(path = '/(unknown)'): { method: 'POST'; path: string } {
  return { method: 'POST', path };
}
