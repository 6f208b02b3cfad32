import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/**
 * The `page` envelope returned by most Coodesh list operations (mongoose-paginate style):
 * the items of one page in `docs`, plus the counters to walk the others. The export-style lists
 * leave out `pagingCounter`; the subaccount options list sends only `docs`, `totalDocs`,
 * `totalPages`, `page` and `pageSize`.
 */
export interface PageEnvelope<T> {
  /** The items of this page. */
  docs: T[];
  /** Total number of items across all pages. */
  totalDocs?: number | null;
  /** Page size used for this answer. */
  limit?: number | null;
  /** Page size used for this answer, in the lists that name it so (e.g. subaccount options). */
  pageSize?: number | null;
  /** Number of this page (1-based). */
  page?: number | null;
  /** Total number of pages. */
  totalPages?: number | null;
  /** Position (1-based) of the first item of this page in the whole list. */
  pagingCounter?: number | null;
  /** Whether a page comes before this one. */
  hasPrevPage?: boolean | null;
  /** Whether a page comes after this one. */
  hasNextPage?: boolean | null;
  /** Number of the previous page, or null on the first page. */
  prevPage?: number | null;
  /** Number of the next page, or null on the last page. */
  nextPage?: number | null;
}

/** Builds the lenient schema of a `page` envelope whose `docs` hold `item`s. */
export function pageEnvelope<T>(item: z.ZodType<T>): z.ZodType<PageEnvelope<T>> {
  return schemaFor<PageEnvelope<T>>()(
    z.looseObject({
      docs: z.array(item),
      totalDocs: z.number().nullish(),
      limit: z.number().nullish(),
      pageSize: z.number().nullish(),
      page: z.number().nullish(),
      totalPages: z.number().nullish(),
      pagingCounter: z.number().nullish(),
      hasPrevPage: z.boolean().nullish(),
      hasNextPage: z.boolean().nullish(),
      prevPage: z.number().nullish(),
      nextPage: z.number().nullish(),
    }),
  );
}

/** A lazy `page` envelope of the lazy item schema `item`, for `defineOperation({ response })`. */
export function pageOf<T>(item: () => z.ZodType<T>): () => z.ZodType<PageEnvelope<T>> {
  return lazySchema(() => pageEnvelope(item()));
}

/**
 * The `offset` envelope of the ATS integration routes. Coodesh's help centre shows it wrapped in a
 * one-element array (`[{ limit, offset, total, payload }]`) while integrators read a bare object: the
 * SDK accepts both and always returns the object.
 */
export interface OffsetEnvelope<T> {
  /** The items of this slice. */
  payload: T[];
  /** Index of the first item of this slice in the whole list. */
  offset?: number | null;
  /** Total number of items. */
  total?: number | null;
  /** Total number of tests: the tests variant of the ATS integration names `total` so. */
  total_tests?: number | null;
  /** Maximum number of items in a slice. */
  limit?: number | null;
}

/** Unwraps the one-element array form of the offset envelope; any other value passes unchanged. */
function unwrapSingleEnvelope(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** Builds the lenient schema of an `offset` envelope whose `payload` holds `item`s (object or `[object]`). */
export function offsetEnvelope<T>(item: z.ZodType<T>): z.ZodType<OffsetEnvelope<T>> {
  return schemaFor<OffsetEnvelope<T>>()(
    z.preprocess(
      unwrapSingleEnvelope,
      z.looseObject({
        payload: z.array(item),
        offset: z.number().nullish(),
        total: z.number().nullish(),
        total_tests: z.number().nullish(),
        limit: z.number().nullish(),
      }),
    ),
  );
}

/** A lazy `offset` envelope of the lazy item schema `item`, for `defineOperation({ response })`. */
export function offsetOf<T>(item: () => z.ZodType<T>): () => z.ZodType<OffsetEnvelope<T>> {
  return lazySchema(() => offsetEnvelope(item()));
}

/** Sort direction accepted by the list operations. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
/** Sort direction accepted by the list operations. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Query parameters shared by the Coodesh list operations (documented bounds are enforced). */
export interface ListQuery {
  /** Free-text search. */
  search?: string;
  /** Page number, >= 1 (default 1). */
  page?: number;
  /** Page size, 1..2000 (default 20). */
  pageSize?: number;
  /** Maximum number of items, 0..2000 (default 20). */
  limit?: number;
  /** Sort direction, `asc` or `desc` (default `desc`). */
  order?: SortOrder;
  /** Field to sort by (default `_id`). */
  orderBy?: string;
}

/** The shape of the shared list query parameters; operations extend it with their own filters. */
const listQueryShape = () => ({
  search: z.string().optional(),
  page: z.number().int().min(1).optional(),
  pageSize: z.number().int().min(1).max(2000).optional(),
  limit: z.number().int().min(0).max(2000).optional(),
  order: z.enum(SORT_ORDERS).optional(),
  orderBy: z.string().min(1).optional(),
});

/** Schema of {@link ListQuery}. */
export const ListQuerySchema = lazySchema(() => schemaFor<ListQuery>()(z.looseObject(listQueryShape())));

/** Query parameters of the offset-paged lists: the shared list parameters plus `offset`. */
export interface OffsetListQuery extends ListQuery {
  /** Index of the first item to return, >= 0 (default 0). */
  offset?: number;
}

/** The shape of {@link OffsetListQuery}; operations extend it with their own filters. */
export const offsetListQueryShape = () => ({
  ...listQueryShape(),
  offset: z.number().int().min(0).optional(),
});

/** Schema of {@link OffsetListQuery}: the query of the lists that take the shared parameters alone. */
export const OffsetListQuerySchema = lazySchema(() =>
  schemaFor<OffsetListQuery>()(z.looseObject(offsetListQueryShape())),
);

/** Some of the shared list parameters (with their documented bounds), for the lists that take only these. */
export function listParams<K extends keyof OffsetListQuery>(
  ...keys: K[]
): Pick<ReturnType<typeof offsetListQueryShape>, K> {
  const shape = offsetListQueryShape();
  return Object.fromEntries(keys.map((key) => [key, shape[key]])) as Pick<ReturnType<typeof offsetListQueryShape>, K>;
}

/** Query of the lists that take only page-number paging (`page`, `pageSize`). */
export interface PageQuery {
  /** Page number, >= 1 (default 1). */
  page?: number;
  /** Page size, 1..2000 (default 20). */
  pageSize?: number;
}

/** Schema of {@link PageQuery}. */
export const PageQuerySchema = lazySchema(() => schemaFor<PageQuery>()(z.looseObject(listParams('page', 'pageSize'))));
