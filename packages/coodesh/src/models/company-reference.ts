import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A company embedded in a job card or posting. */
export interface CompanyReference {
  /** The company's id. */
  _id?: string | null;
  /** The company's name, e.g. `Coodesh`. */
  company_name?: string | null;
  /** The company's slug, used by `companies.jobs(slug)`. */
  slug?: string | null;
  /** The company's city (the API sends the dotted key as is). */
  'address.city'?: string | null;
}

/** Schema of {@link CompanyReference}. */
export const CompanyReferenceSchema = lazySchema(() =>
  schemaFor<CompanyReference>()(
    z.looseObject({
      _id: z.string().nullish(),
      company_name: z.string().nullish(),
      slug: z.string().nullish(),
      'address.city': z.string().nullish(),
    }),
  ),
);
