import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import type { HireMode } from '../constants.js';
import { type NamedFieldValue, NamedFieldValueSchema } from './candidate-offer.js';
import { optionalList, optionalNumber, optionalString, stringOrNumber } from './primitives.js';

/**
 * A job of the career site, as `GET /v1/jobs/{orgId}` lists it ("获取招聘官网上的职位列表",
 * https://mokahr.moyincloud.com/d/1687298462460178433.html) and `GET /v1/jobs/{orgId}/{jobId}` returns it
 * (a flat job with `customFields`, `pipelineId` and `pipelineName` in a published client calibrated on
 * a tenant: mingyangsun-sketch/moka-mcpserver `tools/jobs.py`). Every field is lenient; unknown keys are kept.
 */
export interface MokaJob {
  /** Moka's id of the job (the `job.jobId` of a candidate). */
  id?: string | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
  /** Job status, e.g. `open`. */
  status?: string | null | undefined;
  /** Job description. */
  description?: string | null | undefined;
  /** The job's number shown to people (职位编号), e.g. `MJ001789`. */
  mjCode?: string | null | undefined;
  /** Lowest salary, in thousands (K). */
  minSalary?: number | null | undefined;
  /** Highest salary, in thousands (K). */
  maxSalary?: number | null | undefined;
  /** Least work experience. */
  minExperience?: number | null | undefined;
  /** Most work experience. */
  maxExperience?: number | null | undefined;
  /** How many people the job recruits. */
  number?: number | null | undefined;
  /** Job nature (full time, part time, internship, other), as Moka words it. */
  commitment?: string | number | null | undefined;
  /** Education required. */
  education?: string | null | undefined;
  /** When the job closed (ISO 8601); a closed job still listed was not taken off the career site. */
  closedAt?: string | null | undefined;
  /** When recruiting started (ISO 8601). */
  openedAt?: string | null | undefined;
  /** When the job last changed (ISO 8601). */
  updatedAt?: string | null | undefined;
  /** Whether the job is a priority (an integer flag). */
  prior?: number | null | undefined;
  /** Recruitment type: 1 experienced hires, 2 campus (see `HIRE_MODE`). */
  hireMode?: HireMode | (number & {}) | null | undefined;
  /** When the job's recruiting goal was met. */
  finishedAt?: string | null | undefined;
  /** The job's custom fields, each `{ name, value }`. */
  customFields?: NamedFieldValue[] | null | undefined;
  /** Moka's id of the job's recruiting pipeline. */
  pipelineId?: number | string | null | undefined;
  /** Name of the job's recruiting pipeline. */
  pipelineName?: string | null | undefined;
}

/** A page of `GET /v1/jobs/{orgId}`: `{ total, jobs }`. */
export interface JobPage {
  /** How many jobs match. */
  total?: number | null | undefined;
  /** The jobs of the page. */
  jobs: MokaJob[];
}

export const MokaJobSchema = schemaFor<MokaJob>()(
  z.looseObject({
    id: optionalString,
    title: optionalString,
    status: optionalString,
    description: optionalString,
    mjCode: optionalString,
    minSalary: optionalNumber,
    maxSalary: optionalNumber,
    minExperience: optionalNumber,
    maxExperience: optionalNumber,
    number: optionalNumber,
    commitment: stringOrNumber,
    education: optionalString,
    closedAt: optionalString,
    openedAt: optionalString,
    updatedAt: optionalString,
    prior: optionalNumber,
    hireMode: (z.number() as z.ZodType<number & {}>).nullish(),
    finishedAt: optionalString,
    customFields: optionalList(NamedFieldValueSchema),
    pipelineId: stringOrNumber,
    pipelineName: optionalString,
  }),
);

export const JobPageSchema = schemaFor<JobPage>()(
  z.looseObject({
    total: optionalNumber,
    jobs: z
      .array(MokaJobSchema)
      .nullish()
      .transform((items) => items ?? []),
  }),
);

/** Parameters of `jobs.list()` (`GET /v1/jobs/{orgId}`). */
export interface ListJobsParams {
  /** Your tenant's `orgId` (default: the client's `orgId`). */
  orgId?: string | undefined;
  /** Recruitment mode (required): `social` (experienced hires) or `campus`. */
  mode: 'social' | 'campus';
  /** Search keyword. */
  keyword?: string | undefined;
  /** Jobs per page (Moka's default: 30; the docs give no maximum). */
  limit?: number | undefined;
  /** Index of the first job, from 0. */
  offset?: number | undefined;
  /** A job function id, from Moka's function list. */
  zhinengId?: number | undefined;
  /** A career site id. */
  siteId?: number | undefined;
  /** Job nature: 1 full time, 2 part time, 3 internship, 4 other. */
  commitment?: 1 | 2 | 3 | 4 | undefined;
  /** Jobs updated from this day, e.g. `2020-06-01`. */
  updatedFromAt?: string | undefined;
  /** Jobs updated until this day, e.g. `2020-07-01`. */
  updatedEndAt?: string | undefined;
  /** Job status. */
  status?: string | undefined;
}

const text = z.string().min(1, 'must not be empty');
const id = z.number().int('must be an integer').min(0, 'must not be negative');

/** The path of the career-site job endpoints. */
export const OrgIdPathSchema = z.object({
  orgId: z
    .string({ error: "is required: your tenant's orgId (from your Moka CSM), in the call or as MokaClient({ orgId })" })
    .min(1, 'must not be empty'),
});

export const JobPathSchema = OrgIdPathSchema.extend({
  jobId: z.string({ error: 'is required (the job id, e.g. a candidate job.jobId)' }).min(1, 'must not be empty'),
});

export const ListJobsQuerySchema = z.strictObject({
  mode: z.enum(['social', 'campus'], { error: 'is required: social (experienced hires) or campus' }),
  keyword: text.optional(),
  limit: z.number().int('must be an integer').min(1, 'must be at least 1').optional(),
  offset: id.optional(),
  zhinengId: id.optional(),
  siteId: id.optional(),
  commitment: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
      error: 'must be 1 (full time), 2 (part time), 3 (internship) or 4 (other)',
    })
    .optional(),
  updatedFromAt: text.optional(),
  updatedEndAt: text.optional(),
  status: text.optional(),
});
