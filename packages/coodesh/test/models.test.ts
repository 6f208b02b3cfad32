import type { KnownKeys } from '@hr/core/internal';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as models from '../src/index.js';
import * as schemas from '../src/schemas.js';

/** The keys a lazy schema declares (from its raw input type, without the index signature of loose objects). */
type DeclaredKeys<S extends () => z.ZodType> = keyof {
  [K in keyof z.input<ReturnType<S>> as string extends K ? never : K]: unknown;
};

describe('models: each documented interface and its schema declare the same fields', () => {
  it('at the type level', () => {
    // `schemaFor<Model>()` in src ties the field types and requires every key of the interface; these
    // also catch a schema declaring a key the interface lacks.
    expectTypeOf<DeclaredKeys<typeof schemas.JobCardSchema>>().toEqualTypeOf<keyof models.JobCard>();
    expectTypeOf<DeclaredKeys<typeof schemas.JobSchema>>().toEqualTypeOf<keyof models.Job>();
    expectTypeOf<DeclaredKeys<typeof schemas.JobAddressSchema>>().toEqualTypeOf<keyof models.JobAddress>();
    expectTypeOf<DeclaredKeys<typeof schemas.CompanyReferenceSchema>>().toEqualTypeOf<keyof models.CompanyReference>();
    expectTypeOf<DeclaredKeys<typeof schemas.JobSearchFieldsSchema>>().toEqualTypeOf<keyof models.JobSearchFields>();
    expectTypeOf<DeclaredKeys<typeof schemas.JobFieldLabelsSchema>>().toEqualTypeOf<keyof models.JobFieldLabels>();
    expectTypeOf<DeclaredKeys<typeof schemas.ApplicationFieldLabelsSchema>>().toEqualTypeOf<
      keyof models.ApplicationFieldLabels
    >();
    expectTypeOf<DeclaredKeys<typeof schemas.JobApplicationSchema>>().toEqualTypeOf<keyof models.JobApplication>();
    expectTypeOf<DeclaredKeys<typeof schemas.ApiKeyInfoSchema>>().toEqualTypeOf<keyof models.ApiKeyInfo>();
    expectTypeOf<DeclaredKeys<typeof schemas.AuthResultSchema>>().toEqualTypeOf<keyof models.AuthResult>();
    expectTypeOf<DeclaredKeys<typeof schemas.AuthUserSchema>>().toEqualTypeOf<keyof models.AuthUser>();
    expectTypeOf<DeclaredKeys<typeof schemas.WorkspaceInviteSchema>>().toEqualTypeOf<keyof models.WorkspaceInvite>();
    expectTypeOf<DeclaredKeys<typeof schemas.AtsAssessmentSchema>>().toEqualTypeOf<keyof models.AtsAssessment>();
    expectTypeOf<DeclaredKeys<typeof schemas.AtsAttemptResultSchema>>().toEqualTypeOf<keyof models.AtsAttemptResult>();
    expectTypeOf<DeclaredKeys<typeof schemas.ProctoringSummarySchema>>().toEqualTypeOf<
      keyof models.ProctoringSummary
    >();
    expectTypeOf<DeclaredKeys<typeof schemas.AtsCreateAttemptResultSchema>>().toEqualTypeOf<
      keyof models.AtsCreateAttemptResult
    >();
    expectTypeOf<DeclaredKeys<typeof schemas.AssessmentResultWebhookEventSchema>>().toEqualTypeOf<
      keyof models.AssessmentResultWebhookEvent
    >();
    expectTypeOf<DeclaredKeys<typeof schemas.WpPostSchema>>().toEqualTypeOf<keyof models.WpPost>();
    expectTypeOf<DeclaredKeys<typeof schemas.WpCategorySchema>>().toEqualTypeOf<keyof models.WpCategory>();
    // Request schemas are open (unknown keys are sent as given): their documented input is the interface.
    expectTypeOf<
      KnownKeys<z.input<ReturnType<typeof schemas.AtsCreateAttemptBodySchema>>>
    >().toEqualTypeOf<models.AtsCreateAttemptBody>();
    expectTypeOf<KnownKeys<z.input<ReturnType<typeof schemas.SigninBodySchema>>>>().toEqualTypeOf<models.SigninBody>();
  });

  it('keeps unknown fields and accepts nulls and unknown enum values in responses', () => {
    const card = schemas.JobCardSchema().parse({ _id: '1', level: 'staff', address: null, brand_new: { a: 1 } });
    expect(card).toEqual({ _id: '1', level: 'staff', address: null, brand_new: { a: 1 } });
    const envelope = schemas.offsetEnvelope(schemas.AtsAssessmentSchema());
    const item = { assessment_id: 'a', duration: 60 };
    expect(envelope.parse([{ offset: 0, total: 1, limit: 150, payload: [item] }])).toEqual(
      envelope.parse({ offset: 0, total: 1, limit: 150, payload: [item] }),
    );
    expect(() => envelope.parse([{ payload: [] }, { payload: [] }])).toThrow();
  });
});
