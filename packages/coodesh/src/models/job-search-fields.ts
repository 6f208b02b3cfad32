import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { OptionSchema, optionShape, type Option } from './common.js';

/** A search option that also carries a slug (categories, skills). */
export interface SlugOption extends Option {
  /** URL slug, e.g. `react`. */
  slug?: string | null;
}

/** Schema of {@link SlugOption}. */
export const SlugOptionSchema = lazySchema(() =>
  schemaFor<SlugOption>()(
    z.looseObject({
      ...optionShape(),
      slug: z.string().nullish(),
    }),
  ),
);

/** A location search option (city, province or country). */
export interface LocationOption extends Option {
  /** City name, e.g. `Belo Horizonte` (city options). */
  city?: string | null;
  /** State or province code, e.g. `MG` (city and province options). */
  province?: string | null;
  /** Country code, e.g. `BR`. */
  country?: string | null;
}

/** Schema of {@link LocationOption}. */
export const LocationOptionSchema = lazySchema(() =>
  schemaFor<LocationOption>()(
    z.looseObject({
      ...optionShape(),
      city: z.string().nullish(),
      province: z.string().nullish(),
      country: z.string().nullish(),
    }),
  ),
);

/** Bounds of the salary filter. */
export interface SalaryBounds {
  /** Lowest salary, e.g. `0`. */
  min?: number | null;
  /** Highest salary, e.g. `30000`. */
  max?: number | null;
}

/** Schema of {@link SalaryBounds}. */
export const SalaryBoundsSchema = lazySchema(() =>
  schemaFor<SalaryBounds>()(
    z.looseObject({
      min: z.number().nullish(),
      max: z.number().nullish(),
    }),
  ),
);

/** Filter options for the job search (`GET /jobs/search_fields`), as value/label lists. */
export interface JobSearchFields {
  /** Contract types. */
  type?: Option[] | null;
  /** Seniority levels. */
  level?: Option[] | null;
  /** Working formats. */
  format?: Option[] | null;
  /** Remote policies. */
  home_office?: Option[] | null;
  /** Job categories. */
  categories?: SlugOption[] | null;
  /** Skills. */
  skills?: SlugOption[] | null;
  /** Bounds of the salary filter. */
  salary_range?: SalaryBounds | null;
  /** Cities with jobs. */
  city?: LocationOption[] | null;
  /** Provinces with jobs. */
  province?: LocationOption[] | null;
  /** Countries with jobs. */
  country?: LocationOption[] | null;
}

/** Schema of {@link JobSearchFields}. */
export const JobSearchFieldsSchema = lazySchema(() =>
  schemaFor<JobSearchFields>()(
    z.looseObject({
      type: z.array(OptionSchema()).nullish(),
      level: z.array(OptionSchema()).nullish(),
      format: z.array(OptionSchema()).nullish(),
      home_office: z.array(OptionSchema()).nullish(),
      categories: z.array(SlugOptionSchema()).nullish(),
      skills: z.array(SlugOptionSchema()).nullish(),
      salary_range: SalaryBoundsSchema().nullish(),
      city: z.array(LocationOptionSchema()).nullish(),
      province: z.array(LocationOptionSchema()).nullish(),
      country: z.array(LocationOptionSchema()).nullish(),
    }),
  ),
);
