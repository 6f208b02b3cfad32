import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A skill embedded in a job (e.g. React). */
export interface SkillReference {
  /** The skill's id. */
  _id?: string | null;
  /** The skill's name, e.g. `React`. */
  name?: string | null;
}

/** Schema of {@link SkillReference}. */
export const SkillReferenceSchema = lazySchema(() =>
  schemaFor<SkillReference>()(
    z.looseObject({
      _id: z.string().nullish(),
      name: z.string().nullish(),
    }),
  ),
);
