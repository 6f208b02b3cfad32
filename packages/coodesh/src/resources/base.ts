import {
  APIPromise,
  PagePromise,
  Resource,
  type BaseClient,
  type Operation,
  type OperationInput,
  type OperationOutput,
  type PageItem,
  type PaginationStyle,
} from '@hr/core';
import { toCoreOptions, type CoodeshPaginateOptions, type CoodeshRequestOptions } from '../scope.js';

/** A client the Coodesh resources can call: the core client plus secret registration for path tokens. */
export interface CoodeshCaller extends BaseClient {
  /** Hides a secret value (e.g. a token sent in a path) from logs and errors. */
  protectSecret(value: string): void;
}

/** A Coodesh resource: calls operations with the per-call scope (`workspaceId`, `subaccountId`, `language`). */
export abstract class CoodeshResource extends Resource<CoodeshCaller> {
  /** Calls `operation`; a bad scope option rejects before anything is sent. */
  protected send<Op extends Operation>(operation: Op, input: OperationInput<Op>, options?: CoodeshRequestOptions): APIPromise<OperationOutput<Op>> {
    try {
      return this.client.request(operation, input, toCoreOptions(options, operation.id));
    } catch (error) {
      return new APIPromise(Promise.reject(error));
    }
  }

  /** Lists with `operation`'s pagination style; a bad scope option rejects when the listing is consumed. */
  protected paginate<Op extends Operation>(
    operation: Op,
    input: OperationInput<Op>,
    options?: CoodeshPaginateOptions,
  ): PagePromise<OperationOutput<Op>, PageItem<Op>> {
    // `paginate` is optional on Operation, so core's `Op & { paginate }` constraint is narrowed here.
    const paged = operation as Op & { paginate: PaginationStyle };
    try {
      return this.client.paginate(paged, input as OperationInput<typeof paged>, toCoreOptions(options, operation.id)) as PagePromise<
        OperationOutput<Op>,
        PageItem<Op>
      >;
    } catch (error) {
      return new PagePromise(() => Promise.reject(error), paged.paginate, {});
    }
  }
}
