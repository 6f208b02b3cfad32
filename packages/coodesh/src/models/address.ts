import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A GeoJSON point. */
export interface GeoPoint {
  /** `[longitude, latitude]`. */
  coordinates?: number[] | null;
  /** GeoJSON type, `Point`. */
  type?: string | null;
}

/** Schema of {@link GeoPoint}. */
export const GeoPointSchema = lazySchema(() =>
  schemaFor<GeoPoint>()(
    z.looseObject({
      coordinates: z.array(z.number()).nullish(),
      type: z.string().nullish(),
    }),
  ),
);

/** Where a job is located. */
export interface JobAddress {
  /** City, e.g. `Belo Horizonte`. */
  city?: string | null;
  /** State or province code, e.g. `MG`. */
  province?: string | null;
  /** Country code, e.g. `BR`. */
  country?: string | null;
  /** Display location, e.g. `Belo Horizonte, MG, Brazil`. */
  full_location?: string | null;
  /** Geographic point of the location. */
  location?: GeoPoint | null;
}

/** Schema of {@link JobAddress}. */
export const JobAddressSchema = lazySchema(() =>
  schemaFor<JobAddress>()(
    z.looseObject({
      city: z.string().nullish(),
      province: z.string().nullish(),
      country: z.string().nullish(),
      full_location: z.string().nullish(),
      location: GeoPointSchema().nullish(),
    }),
  ),
);
