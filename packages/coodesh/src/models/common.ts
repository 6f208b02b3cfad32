import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A `{ message }` answer, e.g. "Operation completed successfully". */
export interface MessageResult {
  /** Human-readable outcome of the operation. */
  message?: string | null;
}

/** Schema of {@link MessageResult}. */
export const MessageResultSchema = lazySchema(() =>
  schemaFor<MessageResult>()(
    z.looseObject({
      message: z.string().nullish(),
    }),
  ),
);

/** A picker or filter option: a value and its display label (facet lists add a count). */
export interface Option {
  /** The value to send back (an enum key or an id). */
  value?: string | null;
  /** The display label. */
  label?: string | null;
  /** The option's id, which some lists send beside `value` (e.g. author options). */
  _id?: string | null;
  /** How many records have this value (facet lists, e.g. assessment skills). */
  count?: number | null;
}

/** The shape of {@link Option}; richer options extend it. */
export const optionShape = () => ({
  value: z.string().nullish(),
  label: z.string().nullish(),
  _id: z.string().nullish(),
  count: z.number().nullish(),
});

/** Schema of {@link Option}. */
export const OptionSchema = lazySchema(() => schemaFor<Option>()(z.looseObject(optionShape())));

/** A record embedded by id and name (an assessment, a subaccount, a skill...). */
export interface NamedReference {
  /** The record's id. */
  _id?: string | null;
  /** The record's name. */
  name?: string | null;
}

/** Schema of {@link NamedReference}. */
export const NamedReferenceSchema = lazySchema(() =>
  schemaFor<NamedReference>()(
    z.looseObject({
      _id: z.string().nullish(),
      name: z.string().nullish(),
    }),
  ),
);

/** A CSV export: the export operations answer a list of these. */
export interface ExportFile {
  /** File name, e.g. `export.csv`. */
  filename?: string | null;
  /** The CSV content (`;`-separated), e.g. `id;name;status`. */
  data?: string | null;
}

/** Schema of {@link ExportFile}. */
export const ExportFileSchema = lazySchema(() =>
  schemaFor<ExportFile>()(
    z.looseObject({
      filename: z.string().nullish(),
      data: z.string().nullish(),
    }),
  ),
);

/** The empty object `{ }` some operations answer with (any key sent later is kept). */
export type EmptyResult = Record<string, unknown>;

/** Schema of {@link EmptyResult}. */
export const EmptyResultSchema = lazySchema(() => schemaFor<EmptyResult>()(z.record(z.string(), z.unknown())));

/** A display-label map: enum key → label (e.g. `{ clt: 'CLT' }`). */
export type LabelMap = Record<string, string>;

/** Schema of {@link LabelMap}. */
export const LabelMapSchema = lazySchema(() => schemaFor<LabelMap>()(z.record(z.string(), z.string())));

/** Ordered labels: single-key objects (`[{ clt: 'CLT' }, { pj: 'PJ' }]`) that fix display order. */
export type OrderedLabels = LabelMap[];

/** Schema of {@link OrderedLabels}. */
export const OrderedLabelsSchema = lazySchema(() => schemaFor<OrderedLabels>()(z.array(LabelMapSchema())));
