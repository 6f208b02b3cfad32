import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import { type MokaCandidate, MokaCandidateSchema } from '../models/candidate.js';
import { optionalString } from '../models/primitives.js';

/** The Moka user who clicked "导入EHR" (Import to EHR) and so triggered the push. Moka's docs also list the
 * operator's employee number without naming its key: every other key Moka sends is kept on the object. */
export interface MokaPushOperator {
  /** Full name of the Moka user, as entered in Moka. */
  name?: string | null | undefined;
  /** Email address of the Moka user (their Moka login). */
  email?: string | null | undefined;
}

/**
 * The candidate of a `pushCandidate` push: the same fields as `GET /data/ehrApplications` (see
 * `MokaCandidate`), plus the operator who pushed it. Moka's field table: "推送候选人信息",
 * https://mokahr.moyincloud.com/d/1687298461776506881.html. Unknown fields are kept.
 */
export interface MokaPushedCandidate extends MokaCandidate {
  /** Who clicked "Import to EHR" in Moka; null or absent when Moka does not say. */
  operator?: MokaPushOperator | null | undefined;
  /** Whether the application is archived. */
  archived?: boolean | null | undefined;
  /** When the application was archived (ISO 8601 time); null when it is not. */
  archivedAt?: string | null | undefined;
  /** The archive reason as configured in Moka; null when not archived. */
  archiveReasons?: string | null | undefined;
  /** The industry the candidate works in, as written in Moka; null when unknown. */
  industry?: string | null | undefined;
}

const OperatorSchema = schemaFor<MokaPushOperator>()(z.looseObject({ name: optionalString, email: optionalString }));

export const MokaPushedCandidateSchema = schemaFor<MokaPushedCandidate>()(
  z.intersection(
    MokaCandidateSchema,
    z.looseObject({
      operator: OperatorSchema.nullish(),
      archived: z.boolean().nullish(),
      archivedAt: optionalString,
      archiveReasons: optionalString,
      industry: optionalString,
    }),
  ),
);
