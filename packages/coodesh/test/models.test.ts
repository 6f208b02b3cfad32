import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import * as models from '../src/index.js';

/** The keys a lazy schema declares (from its raw input type, without the index signature of loose objects). */
type DeclaredKeys<S extends () => z.ZodType> = keyof {
  [K in keyof z.input<ReturnType<S>> as string extends K ? never : K]: unknown;
};

describe('models: each documented interface and its schema declare the same fields', () => {
  it('at the type level', () => {
    // `schemaFor<Model>()` in src ties the field types and requires every key of the interface; these
    // also catch a schema declaring a key the interface lacks.
    expectTypeOf<DeclaredKeys<typeof models.JobCardSchema>>().toEqualTypeOf<keyof models.JobCard>();
    expectTypeOf<DeclaredKeys<typeof models.JobSchema>>().toEqualTypeOf<keyof models.Job>();
    expectTypeOf<DeclaredKeys<typeof models.JobAddressSchema>>().toEqualTypeOf<keyof models.JobAddress>();
    expectTypeOf<DeclaredKeys<typeof models.CompanyReferenceSchema>>().toEqualTypeOf<keyof models.CompanyReference>();
    expectTypeOf<DeclaredKeys<typeof models.JobSearchFieldsSchema>>().toEqualTypeOf<keyof models.JobSearchFields>();
    expectTypeOf<DeclaredKeys<typeof models.JobFieldLabelsSchema>>().toEqualTypeOf<keyof models.JobFieldLabels>();
    expectTypeOf<DeclaredKeys<typeof models.ApplicationFieldLabelsSchema>>().toEqualTypeOf<
      keyof models.ApplicationFieldLabels
    >();
    expectTypeOf<DeclaredKeys<typeof models.JobApplicationSchema>>().toEqualTypeOf<keyof models.JobApplication>();
    expectTypeOf<DeclaredKeys<typeof models.ApiKeyInfoSchema>>().toEqualTypeOf<keyof models.ApiKeyInfo>();
    expectTypeOf<DeclaredKeys<typeof models.AuthResultSchema>>().toEqualTypeOf<keyof models.AuthResult>();
    expectTypeOf<DeclaredKeys<typeof models.AuthUserSchema>>().toEqualTypeOf<keyof models.AuthUser>();
    expectTypeOf<DeclaredKeys<typeof models.WorkspaceInviteSchema>>().toEqualTypeOf<keyof models.WorkspaceInvite>();
    expectTypeOf<DeclaredKeys<typeof models.AtsAssessmentSchema>>().toEqualTypeOf<keyof models.AtsAssessment>();
    expectTypeOf<DeclaredKeys<typeof models.AtsAttemptResultSchema>>().toEqualTypeOf<keyof models.AtsAttemptResult>();
    expectTypeOf<DeclaredKeys<typeof models.ProctoringSummarySchema>>().toEqualTypeOf<keyof models.ProctoringSummary>();
    expectTypeOf<DeclaredKeys<typeof models.AtsCreateAttemptResultSchema>>().toEqualTypeOf<
      keyof models.AtsCreateAttemptResult
    >();
    expectTypeOf<DeclaredKeys<typeof models.AssessmentResultWebhookEventSchema>>().toEqualTypeOf<
      keyof models.AssessmentResultWebhookEvent
    >();
    expectTypeOf<DeclaredKeys<typeof models.WpPostSchema>>().toEqualTypeOf<keyof models.WpPost>();
    expectTypeOf<DeclaredKeys<typeof models.WpCategorySchema>>().toEqualTypeOf<keyof models.WpCategory>();
    expectTypeOf<
      z.input<ReturnType<typeof models.AtsCreateAttemptBodySchema>>
    >().toEqualTypeOf<models.AtsCreateAttemptBody>();
    expectTypeOf<z.input<ReturnType<typeof models.SigninBodySchema>>>().toEqualTypeOf<models.SigninBody>();
  });

  it('keeps unknown fields and accepts nulls and unknown enum values in responses', () => {
    const card = models.JobCardSchema().parse({ _id: '1', level: 'staff', address: null, brand_new: { a: 1 } });
    expect(card).toEqual({ _id: '1', level: 'staff', address: null, brand_new: { a: 1 } });
    const envelope = models.offsetEnvelope(models.AtsAssessmentSchema());
    const item = { assessment_id: 'a', duration: 60 };
    expect(envelope.parse([{ offset: 0, total: 1, limit: 150, payload: [item] }])).toEqual(
      envelope.parse({ offset: 0, total: 1, limit: 150, payload: [item] }),
    );
    expect(() => envelope.parse([{ payload: [] }, { payload: [] }])).toThrow();
  });
});
