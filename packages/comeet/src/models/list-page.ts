import { z } from 'zod';

/**
 * One page of a Comeet list: its items under the list's key (`positions`, `candidates`, ...) and the
 * link to the next page. Comeet's reference pages show no list answer; production clients read
 * `{ positions | candidates: [...], next_page }` and follow `next_page` until it is empty, while
 * other integrations read a bare array. Both are accepted: a bare array is one page without a link.
 */
export type ComeetListPage<K extends string, T> = { [P in K]: T[] } & {
  /** The URL of the next page; empty or missing on the last page. */
  next_page?: string | null | undefined;
};

/** The schema of a list answer: a bare array of `item`, or `{ [key]: [...], next_page }` (unknown keys kept). */
export function listPageSchema<const K extends string, T, I>(
  key: K,
  item: z.ZodType<T, I>,
): z.ZodType<ComeetListPage<K, T>> {
  const paged = z.looseObject({ [key]: z.array(item), next_page: z.string().nullish() });
  const bare = z.array(item).transform((items) => ({ [key]: items, next_page: null }));
  return z.union([bare, paged]) as unknown as z.ZodType<ComeetListPage<K, T>>;
}
