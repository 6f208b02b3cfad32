import type { APIPromise, PagePromise } from '@hr/core';
import type { Operation, OperationInput, OperationOutput, PaginationStyle } from '@hr/core/internal';
import type { z } from 'zod';
import type { COODESH_OPERATIONS } from '../generated/operations.js';
import type { LostRoute, UnconfirmedRoute } from './route-labels.js';

type Table = typeof COODESH_OPERATIONS;

/** The id of a Coodesh operation, e.g. `careerPaths.list`. */
export type CoodeshOperationId = keyof Table;

type Entry<Id extends CoodeshOperationId> = Table[Id];
type SchemaOf<L> = L extends () => infer S
  ? S extends z.ZodType
    ? S
    : undefined
  : L extends z.ZodType
    ? L
    : undefined;
type Field<E, K extends string> = E extends { readonly [k in K]: infer V } ? V : undefined;
type Params<E> = E extends { route: { params: readonly (infer P)[] } } ? P & string : never;
type Numeric<E> = Field<E, 'numericParams'> extends readonly (infer N)[] ? N : never;
type PathSchema<E> = [Params<E>] extends [never]
  ? undefined
  : z.ZodType<{ [K in Params<E>]: K extends Numeric<E> ? number : string }>;

/** The operation `Id` as `@hr/core` types it: its path, query, body, headers and response schemas and its paging. */
type OperationOf<Id extends CoodeshOperationId> = Operation<
  PathSchema<Entry<Id>>,
  SchemaOf<Field<Entry<Id>, 'query'>>,
  SchemaOf<Field<Entry<Id>, 'body'>>,
  SchemaOf<Field<Entry<Id>, 'response'>>,
  Field<Entry<Id>, 'paginate'> extends PaginationStyle ? Field<Entry<Id>, 'paginate'> : undefined,
  SchemaOf<Field<Entry<Id>, 'headers'>>
>;

/** What a call of `Id` takes: `{ path, query, body, headers }` as its schemas accept them. */
export type CallInput<Id extends CoodeshOperationId> = OperationInput<OperationOf<Id>>;

/** The documented data of `Id` (`unknown` where the reference shows no response). */
export type OutputOf<Id extends CoodeshOperationId> = OperationOutput<OperationOf<Id>>;

/** The operations that page. */
export type PagedOperationId = {
  [Id in CoodeshOperationId]: Entry<Id> extends { paginate: PaginationStyle } ? Id : never;
}[CoodeshOperationId];

/** A call's promise labelled with what its route needs: `UnconfirmedRoute<P>`, `LostRoute<P>`, or `P` itself. */
type Labelled<Id extends CoodeshOperationId, P> = Entry<Id>['route'] extends { requiresRoute: string }
  ? LostRoute<P>
  : Entry<Id>['route'] extends { status: 'unconfirmed' }
    ? UnconfirmedRoute<P>
    : P;

/** The promise a call of `Id` returns. */
export type CallResult<Id extends CoodeshOperationId, T> = Labelled<Id, APIPromise<T>>;

/** The items of a Coodesh page: `docs` of the page envelope, `payload` of the offset envelope. */
type ItemOf<Page> = Page extends { docs: readonly (infer I)[] }
  ? I
  : Page extends { payload: readonly (infer I)[] }
    ? I
    : unknown;

/** The listing a paged `Id` returns. */
export type ListResult<Id extends PagedOperationId> = Labelled<Id, PagePromise<OutputOf<Id>, ItemOf<OutputOf<Id>>>>;
