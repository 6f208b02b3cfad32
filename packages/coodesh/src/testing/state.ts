import { randomBytes } from 'node:crypto';
import type { AtsAssessment } from '../models/ats-assessment.js';
import type { AssessmentResultWebhookEvent } from '../models/assessment-result-webhook.js';
import type { AtsAttemptResult } from '../models/ats-attempt.js';
import type { AuthUser } from '../models/user.js';
import type { JobApplication } from '../models/job-application.js';
import type { Job } from '../models/job.js';
import { makeAssessments, makeJobs, objectId } from './fixtures.js';
import type { SandboxUpload } from './uploads.js';

/** The two shapes the ATS offset envelope is seen in. */
export type AtsEnvelopeShape = 'array' | 'object';

/** Options of the Coodesh sandbox. */
export interface CoodeshSandboxOptions {
  /** API keys the sandbox accepts in `x-api-key` (default `['sandbox-api-key']`). */
  apiKeys?: string[];
  /** How many published jobs to generate (default 45). */
  jobCount?: number;
  /** How many ATS assessments to generate (default 3). */
  assessmentCount?: number;
  /** Shape of `GET /assessments/ats`: `'array'` (help centre, default) or `'object'`. */
  atsEnvelope?: AtsEnvelopeShape;
  /** Send every result webhook here instead of the attempt's `webhook_url`. */
  webhookUrl?: string;
  /** Finish each new attempt by itself after this many ms (with `autoCompleteScore`); off by default. */
  autoCompleteAfterMs?: number;
  /** Score given by the automatic completion (default 80). */
  autoCompleteScore?: number;
}

/** A sign-in account of the sandbox. */
export interface SandboxAccount {
  /** The account's password (`auth.signin` checks it). */
  password: string;
  /** The account's user record, as sign-in returns it. */
  user: AuthUser;
}

/** An attempt held by the sandbox: its public result plus what it was created with. */
export interface SandboxAttempt extends AtsAttemptResult {
  attempt_id: string;
  /** Where the result webhook goes. */
  webhook_url: string;
  /** Where the candidate is sent back to. */
  callback_url: string;
  /** The candidate's email. */
  email: string;
}

/** One webhook POST the sandbox made. */
export interface WebhookDelivery {
  /** Where the event was POSTed. */
  url: string;
  /** The result event sent. */
  event: AssessmentResultWebhookEvent;
  /** HTTP status the receiver answered, or the network error message. */
  outcome: number | string;
}

/** Default API key accepted by the sandbox. */
export const SANDBOX_API_KEY = 'sandbox-api-key';
/** Default account of the sandbox (`auth.signin`). */
export const SANDBOX_ACCOUNT = { email: 'demo@coodesh.test', password: 'sandbox-password' } as const;

/** A JWT-looking session token. */
export function sandboxToken(): string {
  const part = () => randomBytes(12).toString('base64url');
  return `eyJhbGciOiJIUzI1NiJ9.${part()}.${part()}`;
}

/** The mutable world behind the Coodesh sandbox routes. */
export class CoodeshSandboxState {
  /** API keys accepted in `x-api-key`. */
  apiKeys = new Set<string>();
  /** Published jobs (the job lists, postings and applications use them). */
  jobs: Job[] = [];
  /** Applications received, with the id of the job they are for. */
  applications: Array<JobApplication & { job: string | null }> = [];
  /** Assessments of the ATS integration. */
  assessments: AtsAssessment[] = [];
  /** Attempts created through the ATS integration, by attempt id. */
  attempts = new Map<string, SandboxAttempt>();
  /** Sign-in accounts, by email. */
  accounts = new Map<string, SandboxAccount>();
  /** Password-reset tokens → email. */
  resetTokens = new Map<string, string>();
  /** Account-confirmation tokens → email. */
  confirmationTokens = new Map<string, string>();
  /** Workspace invitation tokens → invited email. */
  invites = new Map<string, string>();
  /** How `GET /assessments/ats` sends its envelope: wrapped in an array (help centre) or bare. */
  atsEnvelope: AtsEnvelopeShape = 'array';
  /** Every result webhook the sandbox POSTed, in order. */
  webhookDeliveries: WebhookDelivery[] = [];
  /** Every upload the sandbox accepted (chunked answer uploads, dataset files), in order. */
  uploads: SandboxUpload[] = [];
  readonly #pending = new Set<Promise<unknown>>();
  #attemptCounter = 0;

  constructor(
    /** The options the sandbox was created with (kept for `reset()`). */
    readonly options: CoodeshSandboxOptions = {},
  ) {
    this.reset();
  }

  /** Back to the initial data. */
  reset(): void {
    const o = this.options;
    this.apiKeys = new Set(o.apiKeys ?? [SANDBOX_API_KEY]);
    this.jobs = makeJobs(o.jobCount ?? 45);
    this.applications = [];
    this.assessments = makeAssessments(o.assessmentCount ?? 3);
    this.attempts = new Map();
    this.accounts = new Map([
      [
        SANDBOX_ACCOUNT.email,
        { password: SANDBOX_ACCOUNT.password, user: this.newUser(SANDBOX_ACCOUNT.email, 'Demo User') },
      ],
    ]);
    this.resetTokens = new Map([['sandbox-reset-token', SANDBOX_ACCOUNT.email]]);
    this.confirmationTokens = new Map([['sandbox-confirmation-token', SANDBOX_ACCOUNT.email]]);
    this.invites = new Map([['sandbox-invite-token', 'invited@coodesh.test']]);
    this.atsEnvelope = o.atsEnvelope ?? 'array';
    this.webhookDeliveries = [];
    this.uploads = [];
  }

  /** A new user record. */
  newUser(email: string, displayName: string): AuthUser {
    const [firstName, ...rest] = displayName.split(' ');
    return {
      _id: objectId('70', this.accounts.size + 1),
      displayName,
      firstName,
      lastName: rest.join(' '),
      email,
      roles: 'user',
      username: email.split('@')[0]!,
      verified: false,
    };
  }

  /** Creates an attempt in status `invited` (and schedules its completion when asked to). */
  createAttempt(input: {
    assessment: AtsAssessment;
    email: string;
    webhook_url: string;
    callback_url: string;
  }): SandboxAttempt {
    const id = objectId('65d', ++this.#attemptCounter);
    const now = new Date().toISOString();
    const attempt: SandboxAttempt = {
      attempt_id: id,
      title: input.assessment.name ?? 'Assessment',
      assessment_id: input.assessment.assessment_id ?? '',
      description: `This is the result of your ${input.assessment.name} assessment`,
      status: 'invited',
      status_formatted: 'Invited',
      stage: 'none',
      stage_formatted: 'None',
      score: null,
      score_type: 'percentage',
      results: [],
      provider_name: 'Coodesh',
      created: now,
      invited: now,
      updated: now,
      webhook_url: input.webhook_url,
      callback_url: input.callback_url,
      email: input.email,
    };
    this.attempts.set(id, attempt);
    if (this.options.autoCompleteAfterMs !== undefined) {
      const timer = setTimeout(
        () => void this.completeAttempt(id, { score: this.options.autoCompleteScore ?? 80 }),
        this.options.autoCompleteAfterMs,
      );
      timer.unref();
    }
    return attempt;
  }

  /**
   * Moves an attempt to `finished` with `score` and POSTs the result webhook (JSON) to its
   * `webhook_url` (or the sandbox's `webhookUrl`). Resolves once the receiver answered.
   */
  async completeAttempt(attemptId: string, result: { score: number }): Promise<WebhookDelivery> {
    const attempt = this.attempts.get(attemptId);
    if (!attempt) throw new Error(`No sandbox attempt ${attemptId}`);
    const now = new Date().toISOString();
    Object.assign(attempt, {
      status: 'finished',
      status_formatted: 'Finished',
      stage: 'evaluating',
      stage_formatted: 'Evaluating',
      score: result.score,
      started: attempt.started ?? now,
      finished: now,
      updated: now,
      company_result_string: `${attempt.email} scored ${result.score}% in the ${attempt.title} assessment.`,
      results: [
        {
          score: result.score,
          score_type: 'percentage',
          tier: 'major',
          title: attempt.title,
          result_string: `${result.score}%`,
          date: now.slice(0, 10),
        },
      ],
      proctoring: {
        devices: 1,
        locations: 1,
        fullscreen_exits: 0,
        tab_exits: 0,
        copy_paste_count: 0,
        devtools_open_count: 0,
        severity_category: 'none',
        severity_category_formatted: 'None',
      },
    });
    const event: AssessmentResultWebhookEvent = {
      attempt_id: attempt.attempt_id,
      assessment_id: attempt.assessment_id ?? null,
      status: 'finished',
      score: result.score,
      title: attempt.title ?? null,
    };
    const delivery = this.#deliver(this.options.webhookUrl ?? attempt.webhook_url, event);
    this.#pending.add(delivery);
    return delivery.finally(() => this.#pending.delete(delivery));
  }

  /** Waits for the webhook deliveries in flight. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#pending]);
  }

  async #deliver(url: string, event: AssessmentResultWebhookEvent): Promise<WebhookDelivery> {
    let outcome: number | string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
      await response.arrayBuffer();
      outcome = response.status;
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    const delivery = { url, event, outcome };
    this.webhookDeliveries.push(delivery);
    return delivery;
  }
}
