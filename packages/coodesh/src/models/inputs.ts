import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** Body of the bulk operations: the ids to act on. */
export interface IdsBody {
  /** Ids of the records (ObjectIds). */
  ids: string[];
}

/** Schema of {@link IdsBody}. */
export const IdsBodySchema = lazySchema(() => schemaFor<IdsBody>()(z.looseObject({ ids: z.array(z.string().min(1)) })));

/** A body that is a bare JSON array of ids (question deletion and unarchiving). */
export type IdList = string[];

/** Schema of {@link IdList}. */
export const IdListSchema = lazySchema(() => schemaFor<IdList>()(z.array(z.string().min(1))));

/** Body of the machine-translation operations. */
export interface TranslateBody {
  /** Locales to translate the content into, e.g. `['en', 'es']` (not empty). */
  targetLocales: string[];
}

/** Schema of {@link TranslateBody}. */
export const TranslateBodySchema = lazySchema(() =>
  schemaFor<TranslateBody>()(z.looseObject({ targetLocales: z.array(z.string().min(1)).min(1) })),
);

/** Body of the duplicate operations: the copy's name and description. */
export interface DuplicateBody {
  /** Name of the copy. */
  name: string;
  /** Description of the copy. */
  description: string;
}

/** Schema of {@link DuplicateBody}. */
export const DuplicateBodySchema = lazySchema(() =>
  schemaFor<DuplicateBody>()(z.looseObject({ name: z.string().min(1), description: z.string() })),
);

/** A JSONLogic rule, e.g. `{ '==': [{ var: 'status' }, 'published'] }`. */
export type JsonLogicRule = Record<string, unknown>;

/**
 * The `query` filter of the list operations: a JSONLogic rule (the SDK base64-encodes its JSON), or a
 * string already encoded the way the API expects it.
 */
export type JsonLogicFilter = string | JsonLogicRule;

/** Base64 of the UTF-8 JSON of a JSONLogic rule, as the `query` parameter carries it. */
export function encodeJsonLogic(rule: JsonLogicRule): string {
  return Buffer.from(JSON.stringify(rule), 'utf8').toString('base64');
}

/** Schema of a `query` parameter: a rule is encoded with {@link encodeJsonLogic}, a string sent as it is. */
export function jsonLogicQuery() {
  return z
    .union([z.string().min(1), z.record(z.string(), z.unknown())])
    .transform((value) => (typeof value === 'string' ? value : encodeJsonLogic(value)));
}
