import { z } from 'zod';
import { openEnum, schemaFor } from '@hr/core/internal';

/** Position statuses Comeet documents: `open`, `on hold`, `closed`. */
export const POSITION_STATUSES = ['open', 'on hold', 'closed'] as const;

/** Workplace types Comeet documents: `On-site`, `Hybrid`, `Remote`. */
export const WORKPLACE_TYPES = ['On-site', 'Hybrid', 'Remote'] as const;

/** Salary periods Comeet documents for `salary_range.period` (its docs spell one `monhtly`). */
export const SALARY_PERIODS = ['hourly', 'weekly', 'monthly', 'monhtly', 'annually'] as const;

/** Where the position is, as set in Comeet (every part may be empty). */
export interface PositionLocation {
  /** Display name of the location as defined in Comeet. */
  name?: string | null | undefined;
  /** Country of the location as set in Comeet (Comeet does not document the format). */
  country?: string | null | undefined;
  /** City, e.g. `Austin`. */
  city?: string | null | undefined;
  /** State or region, e.g. `TX`; empty outside countries that use them. */
  state?: string | null | undefined;
  /** Postal code of the office. */
  postal_code?: string | null | undefined;
  /** Street name of the office. */
  street_name?: string | null | undefined;
  /** Street number of the office. */
  street_number?: string | null | undefined;
  /** Free-text directions for candidates coming to the office. */
  arrival_instructions?: string | null | undefined;
  /** Time zone of the location as set in Comeet (Comeet does not document the format). */
  timezone?: string | null | undefined;
  /** Comeet's UID of the location (Recruiting API; use it in `location.uid` when creating positions). */
  uid?: string | null | undefined;
  /** True for a remote position. Deprecated by Comeet since Dec 31 2023: read `workplace_type` instead. */
  is_remote?: boolean | null | undefined;
}

/** The position's salary range (only with the "Read position salary range" permission). */
export interface PositionSalaryRange {
  /** Lower bound, a whole number in `currency_code`. */
  min?: number | null | undefined;
  /** Upper bound, a whole number in `currency_code`. */
  max?: number | null | undefined;
  /** Currency as a 3-letter ISO 4217 code, e.g. `USD`. */
  currency_code?: string | null | undefined;
  /** What the amounts are per: `hourly`, `weekly`, `monthly` or `annually`. */
  period?: (typeof SALARY_PERIODS)[number] | (string & {}) | null | undefined;
}

/** A custom category of the position (a dropdown or text field defined in Comeet). */
export interface PositionCategory {
  /** Name of the category field as defined in Comeet, e.g. `Team`. */
  name?: string | null | undefined;
  /** Its value for this position, e.g. `Platform`. */
  value?: string | null | undefined;
  /** Display order of the field (ascending). */
  order?: number | null | undefined;
}

/** A free-form text section of the position (description, requirements, ...). */
export interface PositionDetail {
  /** Name of the section as defined in Comeet, e.g. `Description` or `Requirements`. */
  name?: string | null | undefined;
  /** The section's content as HTML. */
  value?: string | null | undefined;
  /** Display order of the section (ascending). */
  order?: number | null | undefined;
}

/**
 * A member of a position's hiring team. The fields are those production clients read
 * (`first_name`, `last_name`) and the email Comeet matches users by when a position is created
 * (Create a Position, https://developers.comeet.com/reference/create-a-position).
 */
export interface PositionUser {
  /** First name of the teammate. */
  first_name?: string | null | undefined;
  /** Last name of the teammate. */
  last_name?: string | null | undefined;
  /** Email address of the teammate (their Comeet user). */
  email?: string | null | undefined;
}

/**
 * The position's hiring team, under `users`. Each role comes only with its permission ("Positions:
 * Include lead recruiters details in position object", "... hiring manager details ...",
 * https://developers.comeet.com/reference/permissions); the public Position model page does not show
 * the object's layout, which production clients read as `users.lead_recruiter`.
 */
export interface PositionUsers {
  /** The position's lead recruiter. */
  lead_recruiter?: PositionUser | null | undefined;
  /** The position's hiring manager. */
  hiring_manager?: PositionUser | null | undefined;
}

/**
 * A position as the Recruiting API returns it (Position model,
 * https://developers.comeet.com/reference/position-model). Feed `uid` to `candidates.create()` as
 * `position_uid`. Which positions the API shares is chosen by the customer when activating the
 * integration (all, all non-discreet, or only published ones). Unknown fields are kept.
 */
export interface ComeetPosition {
  /** Comeet's UID of the position, e.g. `87.405`: the `position_uid` of candidates. */
  uid: string;
  /** Name of the position (the public name when one is set), e.g. `Account Executive, Austin`. */
  name?: string | null | undefined;
  /** Internal name of the position (needs the "read positions internal name" permission). */
  internal_name?: string | null | undefined;
  /** `open`, `on hold` or `closed`. */
  status?: (typeof POSITION_STATUSES)[number] | (string & {}) | null | undefined;
  /** True when only teammates on the position's hiring team can see it. */
  is_discreet?: boolean | null | undefined;
  /** True when the position is published on the company's careers website. */
  is_published?: boolean | null | undefined;
  /** Department as set in Comeet, e.g. `Sales`; null when not set. */
  department?: string | null | undefined;
  /** The position's email address: candidates can send a resume there to apply. */
  email?: string | null | undefined;
  /** URL of the position in Comeet (for Comeet users only). The vendor spells this key in capitals. */
  URL?: string | null | undefined;
  /** URL of the position's page on the Comeet-hosted careers site; applicants can be sent there. */
  url_comeet_hosted_page?: string | null | undefined;
  /** The same URL under the product's newer name ("Recruit"), when Comeet sends it. */
  url_recruit_hosted_page?: string | null | undefined;
  /** URL of the position's active page (the company's site or the Comeet-hosted one, per the position's settings). */
  url_active_page?: string | null | undefined;
  /** The position's Seniority field, e.g. `Intermediate`; null when not set. */
  experience_level?: string | null | undefined;
  /** The position's Employment field, e.g. `Full-time`; null when not set. */
  employment_type?: string | null | undefined;
  /** The position's id as defined by the company (not its UID); null or empty when not set. */
  internal_use_custom_id?: string | null | undefined;
  /** URL of the position's public image (for social media). */
  picture_url?: string | null | undefined;
  /** When the position last changed, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_updated?: string | null | undefined;
  /** The company's name as shown on the position. */
  company_name?: string | null | undefined;
  /** URL that returns this position object through the API. */
  position_url?: string | null | undefined;
  /** True when the position is a talent pool rather than a job opening. */
  is_talent_pool?: boolean | null | undefined;
  /** `On-site`, `Hybrid` or `Remote` (shown in Comeet's position examples). */
  workplace_type?: (typeof WORKPLACE_TYPES)[number] | (string & {}) | null | undefined;
  /** Where the position is. */
  location?: PositionLocation | null | undefined;
  /** Salary range, when the integration may read it. */
  salary_range?: PositionSalaryRange | null | undefined;
  /** Custom categories; [] when none. */
  categories?: PositionCategory[] | null | undefined;
  /** Free-form text sections (HTML); [] when none. */
  details?: PositionDetail[] | null | undefined;
  /** The hiring team (lead recruiter, hiring manager), with the permissions to read them. */
  users?: PositionUsers | null | undefined;
}

/**
 * A published position as the public Careers API returns it (Careers position model,
 * https://developers.comeet.com/reference/careers-position-model): the Recruiting API's fields that
 * a careers website needs, without status, discreetness or salary. Unknown fields are kept.
 */
export interface CareersPosition {
  /** Comeet's UID of the position, e.g. `87.405`: the `position_uid` of candidates. */
  uid: string;
  /** The position's public name when one is set, otherwise its name. */
  name?: string | null | undefined;
  /** Department as set in Comeet; null when not set. */
  department?: string | null | undefined;
  /** The position's email address: candidates can send a resume there to apply. */
  email?: string | null | undefined;
  /** URL of the position's page on the Comeet-hosted careers site. */
  url_comeet_hosted_page?: string | null | undefined;
  /** URL of the position's active page (the company's site or the Comeet-hosted one). */
  url_active_page?: string | null | undefined;
  /** The position's Employment field, e.g. `Full-time`. */
  employment_type?: string | null | undefined;
  /** The position's Seniority field, e.g. `Intermediate`. */
  experience_level?: string | null | undefined;
  /** The position's id as defined by the company (not its UID). */
  internal_use_custom_id?: string | null | undefined;
  /** URL of the position's public image (for social media). */
  picture_url?: string | null | undefined;
  /** When the position last changed, `YYYY-MM-DDTHH:mm:ssZ`. */
  time_updated?: string | null | undefined;
  /** The company's name as shown on the position. */
  company_name?: string | null | undefined;
  /** `On-site`, `Hybrid` or `Remote`. */
  workplace_type?: (typeof WORKPLACE_TYPES)[number] | (string & {}) | null | undefined;
  /** Where the position is. */
  location?: PositionLocation | null | undefined;
  /** Custom categories; [] when none. */
  categories?: PositionCategory[] | null | undefined;
  /** Free-form text sections (HTML); only with `details: true`. */
  details?: PositionDetail[] | null | undefined;
}

const str = z.string().nullish();
const num = z.number().nullish();
const bool = z.boolean().nullish();

export const PositionLocationSchema = schemaFor<PositionLocation>()(
  z.looseObject({
    name: str,
    country: str,
    city: str,
    state: str,
    postal_code: str,
    street_name: str,
    street_number: str,
    arrival_instructions: str,
    timezone: str,
    uid: str,
    is_remote: bool,
  }),
);

export const PositionSalaryRangeSchema = schemaFor<PositionSalaryRange>()(
  z.looseObject({ min: num, max: num, currency_code: str, period: openEnum(SALARY_PERIODS).nullish() }),
);

export const PositionCategorySchema = schemaFor<PositionCategory>()(
  z.looseObject({ name: str, value: str, order: num }),
);

export const PositionDetailSchema = schemaFor<PositionDetail>()(z.looseObject({ name: str, value: str, order: num }));

const uid = z.union([z.string(), z.number()]).transform(String);

export const PositionUserSchema = schemaFor<PositionUser>()(
  z.looseObject({ first_name: str, last_name: str, email: str }),
);

export const PositionUsersSchema = schemaFor<PositionUsers>()(
  z.looseObject({ lead_recruiter: PositionUserSchema.nullish(), hiring_manager: PositionUserSchema.nullish() }),
);

export const ComeetPositionSchema = schemaFor<ComeetPosition>()(
  z.looseObject({
    uid,
    name: str,
    internal_name: str,
    status: openEnum(POSITION_STATUSES).nullish(),
    is_discreet: bool,
    is_published: bool,
    department: str,
    email: str,
    URL: str,
    url_comeet_hosted_page: str,
    url_recruit_hosted_page: str,
    url_active_page: str,
    experience_level: str,
    employment_type: str,
    internal_use_custom_id: str,
    picture_url: str,
    time_updated: str,
    company_name: str,
    position_url: str,
    is_talent_pool: bool,
    workplace_type: openEnum(WORKPLACE_TYPES).nullish(),
    location: PositionLocationSchema.nullish(),
    salary_range: PositionSalaryRangeSchema.nullish(),
    categories: z.array(PositionCategorySchema).nullish(),
    details: z.array(PositionDetailSchema).nullish(),
    users: PositionUsersSchema.nullish(),
  }),
);

export const CareersPositionSchema = schemaFor<CareersPosition>()(
  z.looseObject({
    uid,
    name: str,
    department: str,
    email: str,
    url_comeet_hosted_page: str,
    url_active_page: str,
    employment_type: str,
    experience_level: str,
    internal_use_custom_id: str,
    picture_url: str,
    time_updated: str,
    company_name: str,
    workplace_type: openEnum(WORKPLACE_TYPES).nullish(),
    location: PositionLocationSchema.nullish(),
    categories: z.array(PositionCategorySchema).nullish(),
    details: z.array(PositionDetailSchema).nullish(),
  }),
);

export const CareersPositionListSchema = z.array(CareersPositionSchema);
