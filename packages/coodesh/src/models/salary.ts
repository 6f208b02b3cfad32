import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A salary range in one currency. */
export interface SalaryRange {
  /** ISO currency code, e.g. `BRL`. */
  currency?: string | null;
  /** Lower bound. */
  min?: number | null;
  /** Upper bound. */
  max?: number | null;
}

/** Schema of {@link SalaryRange} (response). */
export const SalaryRangeSchema = lazySchema(() =>
  schemaFor<SalaryRange>()(
    z.looseObject({
      currency: z.string().nullish(),
      min: z.number().nullish(),
      max: z.number().nullish(),
    }),
  ),
);

/** A salary expectation sent by a candidate. */
export interface SalaryRangeInput {
  /** ISO currency code, e.g. `BRL`. */
  currency?: string;
  /** Lower bound (>= 0). */
  min?: number;
  /** Upper bound (>= 0, not below `min`). */
  max?: number;
}

/** Schema of {@link SalaryRangeInput}: non-negative bounds, `max` not below `min`. */
export const SalaryRangeInputSchema = lazySchema(() =>
  schemaFor<SalaryRangeInput>()(
    z
      .looseObject({
        currency: z.string().min(1).optional(),
        min: z.number().min(0).optional(),
        max: z.number().min(0).optional(),
      })
      .refine((r) => r.min === undefined || r.max === undefined || r.max >= r.min, {
        message: 'max must not be lower than min',
        path: ['max'],
      }),
  ),
);
