import type { ComeetClient } from '@hr/comeet';
import type { HireWebhookPayload } from '@hr/comeet/webhooks';
import type { SeenStore } from '@hr/core/webhooks';
import type { FeishuCoreHRClient } from '@hr/feishu-corehr';
import type { FeishuEventResult, FeishuEventSecrets } from '@hr/feishu-corehr/events';
import type { CandidateStage, MokaClient } from '@hr/moka';
import type { MokaPushedCandidate } from '@hr/moka/webhooks';
import type { CheckpointStore } from './checkpoint/types.js';
import type { MappingConfig } from './config/mapping-config.js';
import { createHireServer, listen, type RunningServer } from './http/server.js';
import type { Log } from './log.js';
import { mapComeetHire } from './mapping/comeet-hire.js';
import { type MokaCandidateOutcome, handleMokaCandidate } from './sync/moka-hires.js';
import { type MokaPullSummary, pullMokaHires } from './sync/moka-pull.js';
import { type HireOutcome, PreHireWriter } from './sync/pre-hire-writer.js';
import { WriteBack, onboardingOutcome } from './sync/write-back.js';

/** The secrets that verify pushes (a route whose secret is missing answers 404). */
export interface PushSecrets {
  /** Comeet's Secret Key (Integrations page): verifies the `signature` header of hire webhooks. */
  comeetWebhookSecret?: string | undefined;
  /** Your Comeet partner secret: verifies the `Authorization: Bearer` JWT of position pushes. */
  comeetPartnerSecret?: string | undefined;
  /** The Comeet account's api-key: a position push's token must be issued for it (its `iss`). */
  comeetApiKey?: string | undefined;
  /** The signing key Moka's CSM gave you: verifies `?sign=`. */
  mokaSigningKey?: string | undefined;
  /** The Encrypt Key and Verification Token of the Feishu app's event subscription. */
  feishuEvents?: FeishuEventSecrets | undefined;
}

/** Everything the service is built from (clients and store are yours to create and close). */
export interface HireToOnboardOptions {
  /** Feishu CoreHR: where pre-hires are created. */
  feishu: FeishuCoreHRClient;
  /** Moka: the incremental pull (omit to disable it; pushes need no client). */
  moka?: MokaClient | undefined;
  /** Comeet: write-back notes (omit to only log outcomes). */
  comeet?: ComeetClient | undefined;
  /** The durable checkpoint. */
  store: CheckpointStore;
  /** The Feishu IDs the ATS data cannot give. */
  config: MappingConfig;
  /** Push verification secrets. */
  secrets: PushSecrets;
  /** False: read-only run (say what would be written, write nothing, not even the checkpoint). */
  writes: boolean;
  /** The Moka stage pulled (default `offer`: accepted offers become pre-hires). */
  mokaStage?: CandidateStage | undefined;
  /** Where the short log goes. */
  log: Log;
  /** Fault injection: called after each create, before the checkpoint is saved. */
  afterCreate?: (() => void) | undefined;
}

/**
 * Hire to onboard: ATS hires in (Comeet hire webhooks, Moka pushes, the Moka incremental pull),
 * Feishu CoreHR pre-hires out, exactly once, and Feishu's onboarding outcomes back to the ATS.
 */
export class HireToOnboardService {
  /** The push secrets. */
  readonly secrets: PushSecrets;
  /** The pushes already accepted (the checkpoint's): the routes refuse replays through it. */
  readonly seen: SeenStore;
  /** Where the short log goes. */
  readonly log: Log;
  /** Creates pre-hires exactly once. */
  readonly writer: PreHireWriter;
  /** Writes Feishu outcomes back to the ATS. */
  readonly writeBack: WriteBack;
  readonly #options: HireToOnboardOptions;
  readonly #background = new Set<Promise<void>>();

  constructor(options: HireToOnboardOptions) {
    this.#options = options;
    this.secrets = options.secrets;
    this.seen = options.store.seen;
    this.log = options.log;
    const { feishu, store, writes, log, afterCreate, comeet } = options;
    this.writer = new PreHireWriter({ feishu, store, writes, log, afterCreate });
    this.writeBack = new WriteBack({ store, comeet, writes, log });
  }

  /** Finishes hires a previous run left pending (run it at start, before taking new work). */
  async recoverPending(): Promise<number> {
    const repaired = await this.writer.recoverPending();
    if (repaired > 0) this.log.info(`[checkpoint] repaired ${repaired} hire(s) left pending by an earlier run`);
    return repaired;
  }

  /** One incremental Moka pull from the saved cursor. */
  pullMoka(): Promise<MokaPullSummary> {
    const { moka, store, config, writes, log, mokaStage } = this.#options;
    if (!moka) throw new Error('No Moka client: set MOKA_API_KEY to pull');
    return pullMokaHires({ moka, store, config, writes, log, writer: this.writer, stage: mokaStage ?? 'offer' });
  }

  /** A verified Comeet hire → its pre-hire. */
  handleComeetHire(hire: HireWebhookPayload): Promise<HireOutcome> {
    return this.writer.write('comeet', hire.comeet_id, mapComeetHire(hire, this.#options.config));
  }

  /** A verified Moka `pushCandidate` (HR clicked "Import to EHR": a hire) → its pre-hire. */
  handleMokaPush(candidate: MokaPushedCandidate): Promise<MokaCandidateOutcome> {
    return handleMokaCandidate(candidate, true, { ...this.#options, writer: this.writer });
  }

  /** A verified Feishu event: withdrawn or completed onboarding is written back to the ATS. */
  async handleFeishuEvent(result: FeishuEventResult): Promise<void> {
    if (result.kind !== 'event') return;
    if (result.type === 'corehr.pre_hire.onboarding_task_changed_v2') {
      const outcome = onboardingOutcome(result.event);
      if (outcome && result.event.pre_hire_id) await this.writeBack.apply(result.event.pre_hire_id, outcome);
    } else if (result.type === 'corehr.pre_hire.updated_v1') {
      this.log.info(
        `[feishu] pre-hire ${result.event.pre_hire_id} updated (${(result.event.field_changes ?? []).join(', ')})`,
      );
    }
  }

  /** Runs work after an answer was sent (Feishu wants fast answers); `idle()` waits for it. */
  runInBackground(task: () => Promise<void>): void {
    const running: Promise<void> = task().finally(() => this.#background.delete(running));
    this.#background.add(running);
  }

  /** Resolves once no background work is left. */
  async idle(): Promise<void> {
    while (this.#background.size > 0) await Promise.allSettled([...this.#background]);
  }

  /** Serves the push routes on `host:port`. */
  listen(port = 0, host = '127.0.0.1'): Promise<RunningServer> {
    return listen(createHireServer(this), port, host);
  }
}
