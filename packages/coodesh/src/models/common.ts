import { z } from 'zod';

/** A `{ message }` answer, e.g. "Operation completed successfully". */
export interface MessageResult {
  /** Human-readable outcome of the operation. */
  message?: string | null;
}

/** Schema of {@link MessageResult}. */
export const MessageResultSchema = z.looseObject({
  message: z.string().nullish(),
}) satisfies z.ZodType<MessageResult>;

/** A picker or filter option: a value and its display label. */
export interface Option {
  /** The value to send back (an enum key or an id). */
  value?: string | null;
  /** The display label. */
  label?: string | null;
}

/** The shape of {@link Option}; richer options extend it. */
export const optionShape = {
  value: z.string().nullish(),
  label: z.string().nullish(),
};

/** Schema of {@link Option}. */
export const OptionSchema = z.looseObject(optionShape) satisfies z.ZodType<Option>;

/** A display-label map: enum key → label (e.g. `{ clt: 'CLT' }`). */
export type LabelMap = Record<string, string>;

/** Schema of {@link LabelMap}. */
export const LabelMapSchema = z.record(z.string(), z.string()) satisfies z.ZodType<LabelMap>;

/** Ordered labels: single-key objects (`[{ clt: 'CLT' }, { pj: 'PJ' }]`) that fix display order. */
export type OrderedLabels = LabelMap[];

/** Schema of {@link OrderedLabels}. */
export const OrderedLabelsSchema = z.array(LabelMapSchema) satisfies z.ZodType<OrderedLabels>;
