import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { LabelMapSchema, OrderedLabelsSchema, type LabelMap, type OrderedLabels } from './common.js';

/** Display labels of the job enumerations (`GET /fields/jobs`): maps plus `*_ordered` lists. */
export interface JobFieldLabels {
  /** Contract type labels, e.g. `{ clt: 'CLT' }`. */
  type?: LabelMap | null;
  /** Contract type labels in display order. */
  type_ordered?: OrderedLabels | null;
  /** Job status labels, e.g. `{ progress: 'In Progress' }`. */
  status?: LabelMap | null;
  /** Job status labels in display order. */
  status_ordered?: OrderedLabels | null;
  /** Seniority labels, e.g. `{ specialist: 'Senior' }`. */
  level?: LabelMap | null;
  /** Seniority labels in display order. */
  level_ordered?: OrderedLabels | null;
  /** Role-sought labels, e.g. `{ backend: 'Back-End Developer' }`. */
  looking_for?: LabelMap | null;
  /** Role-sought labels in display order. */
  looking_for_ordered?: OrderedLabels | null;
  /** Kind-of-posting labels, e.g. `{ pool: 'Talent Pool' }`. */
  job_type?: LabelMap | null;
  /** Salary visibility labels. */
  salary_scope?: LabelMap | null;
  /** Working format labels, e.g. `{ part_time: 'Part-time 4h' }`. */
  format?: LabelMap | null;
  /** Working format labels in display order. */
  format_ordered?: OrderedLabels | null;
  /** Remote policy labels, e.g. `{ integral: 'Remote' }`. */
  home_office?: LabelMap | null;
  /** Remote policy labels in display order. */
  home_office_ordered?: OrderedLabels | null;
  /** Escort (follow-up) level labels, e.g. `{ '0': 'Flexible' }`. */
  escort?: LabelMap | null;
  /** Priority labels, e.g. `{ '2': 'High' }`. */
  priority?: LabelMap | null;
  /** Application type labels, e.g. `{ external_url: 'Redirect to external link' }`. */
  application_type?: LabelMap | null;
}

/** Schema of {@link JobFieldLabels}. */
export const JobFieldLabelsSchema = lazySchema(() =>
  schemaFor<JobFieldLabels>()(
    z.looseObject({
      type: LabelMapSchema().nullish(),
      type_ordered: OrderedLabelsSchema().nullish(),
      status: LabelMapSchema().nullish(),
      status_ordered: OrderedLabelsSchema().nullish(),
      level: LabelMapSchema().nullish(),
      level_ordered: OrderedLabelsSchema().nullish(),
      looking_for: LabelMapSchema().nullish(),
      looking_for_ordered: OrderedLabelsSchema().nullish(),
      job_type: LabelMapSchema().nullish(),
      salary_scope: LabelMapSchema().nullish(),
      format: LabelMapSchema().nullish(),
      format_ordered: OrderedLabelsSchema().nullish(),
      home_office: LabelMapSchema().nullish(),
      home_office_ordered: OrderedLabelsSchema().nullish(),
      escort: LabelMapSchema().nullish(),
      priority: LabelMapSchema().nullish(),
      application_type: LabelMapSchema().nullish(),
    }),
  ),
);

/** Plan labels of the application fields. */
export interface PlanLabels {
  /** Placement fee labels, e.g. `{ '10': '10%' }`. */
  placement_fee?: LabelMap | null;
}

/** Assessment labels of the application fields. */
export interface AssessmentLabels {
  /** Assessment status labels, e.g. `{ completed: 'Completed' }`. */
  status?: LabelMap | null;
}

/** Display labels of the application enumerations (`GET /fields/applications`). */
export interface ApplicationFieldLabels {
  /** Contact preference labels, e.g. `{ whatsapp: 'WhatsApp' }`. */
  contact_preference?: LabelMap | null;
  /** Application status labels. */
  status?: LabelMap | null;
  /** Application type labels, e.g. `{ organic: 'Organic' }`. */
  type?: LabelMap | null;
  /** Contract type labels. */
  contract_type?: LabelMap | null;
  /** Disapproval reason labels. */
  disapproved_reasons?: LabelMap | null;
  /** Quit reason labels (company side). */
  quit_reasons?: LabelMap | null;
  /** Quit reason labels (candidate side). */
  quit_reasons_candidate?: LabelMap | null;
  /** Working format labels. */
  format?: LabelMap | null;
  /** Application statuses that can no longer change. */
  frozen_statuses?: string[] | null;
  /** Challenge presentation type labels. */
  challenge_presentation_type?: LabelMap | null;
  /** Challenge score labels. */
  challenge_score?: LabelMap | null;
  /** Challenge category labels. */
  challenge_category?: LabelMap | null;
  /** Remote policy labels. */
  home_office?: LabelMap | null;
  /** Remote policy labels in display order. */
  home_office_ordered?: OrderedLabels | null;
  /** Plan labels in display order. */
  plan_ordered?: OrderedLabels | null;
  /** Plan labels (placement fees). */
  plan?: PlanLabels | null;
  /** Assessment labels (statuses). */
  assessment?: AssessmentLabels | null;
  /** Email type labels, e.g. `{ invitation: 'Invitation' }`. */
  emails?: LabelMap | null;
}

/** Schema of {@link ApplicationFieldLabels}. */
export const ApplicationFieldLabelsSchema = lazySchema(() =>
  schemaFor<ApplicationFieldLabels>()(
    z.looseObject({
      contact_preference: LabelMapSchema().nullish(),
      status: LabelMapSchema().nullish(),
      type: LabelMapSchema().nullish(),
      contract_type: LabelMapSchema().nullish(),
      disapproved_reasons: LabelMapSchema().nullish(),
      quit_reasons: LabelMapSchema().nullish(),
      quit_reasons_candidate: LabelMapSchema().nullish(),
      format: LabelMapSchema().nullish(),
      frozen_statuses: z.array(z.string()).nullish(),
      challenge_presentation_type: LabelMapSchema().nullish(),
      challenge_score: LabelMapSchema().nullish(),
      challenge_category: LabelMapSchema().nullish(),
      home_office: LabelMapSchema().nullish(),
      home_office_ordered: OrderedLabelsSchema().nullish(),
      plan_ordered: OrderedLabelsSchema().nullish(),
      plan: z.looseObject({ placement_fee: LabelMapSchema().nullish() }).nullish(),
      assessment: z.looseObject({ status: LabelMapSchema().nullish() }).nullish(),
      emails: LabelMapSchema().nullish(),
    }),
  ),
);
