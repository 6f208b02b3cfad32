import { z } from 'zod';

/** The identifiers `GET /sourcing/candidates/find_duplicates` matches on. */
const KEYS = ['email', 'first_name', 'last_name', 'linkedin_url', 'phone_number'] as const;

/**
 * What to look up in `GET /sourcing/candidates/find_duplicates`: at least one of the identifiers.
 * Comeet's public reference does not document this endpoint; the parameter names are those two
 * production clients send (yoniportnoy-ta/comeet-core, yoniportnoy-ta/auto-screener).
 */
export interface FindDuplicatesParams {
  /** The person's email address. */
  email?: string | undefined;
  /** The person's first name. */
  first_name?: string | undefined;
  /** The person's last name. */
  last_name?: string | undefined;
  /** The person's LinkedIn profile URL. */
  linkedin_url?: string | undefined;
  /** The person's phone number. */
  phone_number?: string | undefined;
}

/**
 * One match of the duplicate lookup, kept as Comeet sends it: the endpoint's answer is not
 * documented; production clients read it as a list of the person's earlier hiring processes.
 */
export type DuplicateMatch = Record<string, unknown>;

/** The query of the duplicate lookup: at least one identifier, each non-blank; unknown keys sent as given. */
export const FindDuplicatesQuerySchema = z
  .looseObject(Object.fromEntries(KEYS.map((key) => [key, z.string().trim().min(1, 'must not be blank').optional()])))
  .refine((query) => KEYS.some((key) => query[key] !== undefined), {
    message: `give at least one of ${KEYS.join(', ')}`,
  });

/** The answer of the duplicate lookup: a list of matches. */
export const DuplicateMatchListSchema = z.array(z.record(z.string(), z.unknown()));
