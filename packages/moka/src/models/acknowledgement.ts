import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';

/**
 * What Moka answers to a write that returns no data: `{ success: true }`, or
 * `{ code: 0, msg, success, errorMessage, data }` for `POST /departments`. A failure (`success: false`
 * or a non-zero `code`) rejects the call instead; other fields of the body are kept.
 */
export interface MokaAcknowledgement {
  /** Whether the operation is successful. */
  success?: boolean | null | undefined;
}

export const MokaAcknowledgementSchema = schemaFor<MokaAcknowledgement>()(
  z.looseObject({ success: z.boolean().nullish() }),
);
