import type { ComeetClient } from '@hr/comeet';
import type { HireWebhookPayload } from '@hr/comeet/webhooks';
import type { SeenStore } from '@hr/core/webhooks';
import type { FeishuCoreHRClient } from '@hr/feishu-corehr';
import type { FeishuEvent, FeishuEventSecrets } from '@hr/feishu-corehr/events';
import type { CandidateStage, MokaClient } from '@hr/moka';
import type { MokaPushedCandidate } from '@hr/moka/webhooks';
import type { CheckpointStore, HireCheckpoint, HireSource } from './checkpoint/types.js';
import type { MappingConfig } from './config/mapping-config.js';
import { createHireServer, listen, type RunningServer } from './http/server.js';
import { type Log, errorMessage } from './log.js';
import { mapComeetHire } from './mapping/comeet-hire.js';
import { mapMokaCandidate } from './mapping/moka-candidate.js';
import { ServiceMetrics } from './metrics.js';
import { HireWorker } from './sync/hire-worker.js';
import { hireKey } from './sync/idempotency.js';
import { HireIntake, type HireOutcome } from './sync/intake.js';
import { type MokaPullSummary, pullMokaHires } from './sync/moka-pull.js';
import { type ExactlyOnceTimings, PreHireWriter } from './sync/pre-hire-writer.js';
import type { PushClaim } from './sync/push-claim.js';
import { type Resolution, describeParked, resolveParked } from './sync/review.js';
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
  /** The Encrypt Key and Verification Token of the Feishu app's event subscription (HTTP push). */
  feishuEvents?: FeishuEventSecrets | undefined;
}

/** Everything the service is built from (clients and store are yours to create and close). */
export interface HireToOnboardOptions {
  /** Feishu CoreHR: where pre-hires are created (give it `metrics.feishuHooks()` to count rate limits). */
  feishu: FeishuCoreHRClient;
  /** Moka: the incremental pull (omit to disable it; pushes need no client). */
  moka?: MokaClient | undefined;
  /** Comeet: write-back notes (omit to only log outcomes). */
  comeet?: ComeetClient | undefined;
  /** The durable checkpoint (give it `metrics.checkpointWrites` to measure writes). */
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
  /** The metrics `/metrics` serves (default: a new set). */
  metrics?: ServiceMetrics | undefined;
  /** Create window, search lag, lease and sends (defaults: `DEFAULT_TIMINGS`). */
  timings?: Partial<ExactlyOnceTimings> | undefined;
  /** Hire steps run at once in this process (default 8). */
  concurrency?: number | undefined;
  /** Fault injection: called after each create, before the checkpoint is saved. */
  afterCreate?: (() => void) | undefined;
}

/**
 * Hire to onboard: ATS hires in (Comeet hire webhooks, Moka pushes, the Moka incremental pull),
 * Feishu CoreHR pre-hires out, exactly once, and Feishu's onboarding outcomes back to the ATS.
 * Pushes are answered once recorded; the work continues after the answer (`idle()` waits for it).
 */
export class HireToOnboardService {
  /** The push secrets. */
  readonly secrets: PushSecrets;
  /** The pushes already accepted (the checkpoint's): the routes refuse replays through it. */
  readonly seen: SeenStore;
  /** Where the short log goes. */
  readonly log: Log;
  /** The service's metrics. */
  readonly metrics: ServiceMetrics;
  /** Steps hires towards their pre-hire. */
  readonly writer: PreHireWriter;
  /** Writes Feishu outcomes back to the ATS. */
  readonly writeBack: WriteBack;
  /** Runs the work of this process. */
  readonly worker: HireWorker;
  /** Takes hires in. */
  readonly intake: HireIntake;
  readonly #options: HireToOnboardOptions;
  #sweeper: NodeJS.Timeout | undefined;

  constructor(options: HireToOnboardOptions) {
    this.#options = options;
    this.secrets = options.secrets;
    this.seen = options.store.seen;
    this.log = options.log;
    const metrics = (this.metrics = options.metrics ?? new ServiceMetrics());
    const { feishu, store, writes, log, afterCreate, comeet, timings } = options;
    metrics.watchParked(async () => (await store.hiresIn(['needs_review'])).length);
    this.writer = new PreHireWriter({
      feishu,
      store,
      log,
      timings,
      afterCreate,
      events: {
        created: (via) => metrics.created.inc({ via }),
        parked: () => metrics.parked.inc(),
        failed: () => metrics.failed.inc(),
        retried: () => metrics.retries.inc(),
      },
    });
    const { leaseTtlMs } = this.writer.timings;
    this.writeBack = new WriteBack({ store, comeet, writes, log, leaseTtlMs });
    this.worker = new HireWorker({
      writer: this.writer,
      writeBack: this.writeBack,
      store,
      log,
      concurrency: options.concurrency,
    });
    this.intake = new HireIntake(
      { store, writes, log, onReceived: (source) => metrics.received.inc({ source }) },
      this.worker,
    );
  }

  /**
   * Picks up what earlier runs (of any process) left open: hires `received` or `pending`, write-backs
   * `due`. Resolves with how many, once they are done (a pending create is first waited out and
   * looked for in Feishu). Run it at start.
   */
  async recover(): Promise<number> {
    if (!this.#options.writes) return 0;
    const open = await this.worker.sweep();
    if (open > 0) this.log.info(`[checkpoint] finishing ${open} hire(s) or write-back(s) left open by an earlier run`);
    await this.worker.idle();
    return open;
  }

  /** Sweeps the checkpoint every `intervalMs` for work another process left (a crash, a lost lease). */
  startSweeping(intervalMs: number): void {
    this.stopSweeping();
    if (!this.#options.writes || intervalMs <= 0) return;
    this.#sweeper = setInterval(() => {
      this.worker.sweep().catch((error: unknown) => this.log.error(`[checkpoint] sweep failed: ${String(error)}`));
    }, intervalMs);
  }

  /** Stops the sweeps. */
  stopSweeping(): void {
    clearInterval(this.#sweeper);
    this.#sweeper = undefined;
  }

  /** One incremental Moka pull from the saved cursor (each hire handled before the next). */
  pullMoka(): Promise<MokaPullSummary> {
    const { moka, store, config, writes, log, mokaStage } = this.#options;
    if (!moka) throw new Error('No Moka client: set MOKA_API_KEY to pull');
    return pullMokaHires({ moka, store, config, writes, log, intake: this.intake, stage: mokaStage ?? 'offer' });
  }

  /** A verified Comeet hire: recorded, then created in the background. */
  receiveComeetHire(hire: HireWebhookPayload): Promise<HireOutcome> {
    return this.intake.accept('comeet', hire.comeet_id, mapComeetHire(hire, this.#options.config));
  }

  /** A verified Moka `pushCandidate` (HR clicked "Import to EHR": a hire): recorded, then created in the background. */
  receiveMokaPush(candidate: MokaPushedCandidate): Promise<HireOutcome> {
    return this.intake.accept(
      'moka',
      String(candidate.applicationId),
      mapMokaCandidate(candidate, this.#options.config),
    );
  }

  /** Whether the checkpoint has a record of the hire (any state). */
  async knowsHire(source: HireSource, recordId: string): Promise<boolean> {
    return (await this.#options.store.getHire(hireKey(source, recordId))) !== undefined;
  }

  /**
   * An authenticated Feishu event: a withdrawn or completed onboarding of a pre-hire this service
   * created is recorded as a write-back, applied in the background; `corehr.pre_hire.updated_v1`
   * is logged; anything else is ignored.
   */
  async receiveFeishuEvent(event: FeishuEvent): Promise<void> {
    if (event.kind !== 'event') return;
    if (event.type === 'corehr.pre_hire.onboarding_task_changed_v2') {
      const outcome = onboardingOutcome(event.event);
      if (!outcome || !event.event.pre_hire_id) return;
      const { result, key } = await this.writeBack.record(event.event.pre_hire_id, outcome);
      if (key && (result === 'recorded' || result === 'already')) this.worker.scheduleWriteBack(key, outcome);
    } else if (event.type === 'corehr.pre_hire.updated_v1') {
      this.log.info(
        `[feishu] pre-hire ${event.event.pre_hire_id} updated (${(event.event.field_changes ?? []).join(', ')})`,
      );
    }
  }

  /** Whether what `event` asks for is recorded already (the replay check of a claimed event). */
  async knowsFeishuEvent(event: FeishuEvent): Promise<boolean> {
    if (event.kind !== 'event' || event.type !== 'corehr.pre_hire.onboarding_task_changed_v2') return true;
    const outcome = onboardingOutcome(event.event);
    const found =
      outcome && event.event.pre_hire_id && (await this.#options.store.findByPreHireId(event.event.pre_hire_id));
    return !found || (await this.#options.store.writeBackStatus(found[0], outcome)) !== undefined;
  }

  /**
   * Takes an authenticated Feishu event once (HTTP push or long connection): its id is claimed in
   * the seen-store through `claim` (see `PushClaim`), then what it asks for is recorded. Resolves
   * `replayed` for an event already taken.
   */
  async takeFeishuEvent(event: FeishuEvent, claim: PushClaim): Promise<'taken' | 'replayed'> {
    const outcome = await claim.once(
      this.seen,
      () => this.knowsFeishuEvent(event),
      () => this.receiveFeishuEvent(event),
    );
    return outcome.replayed ? 'replayed' : 'taken';
  }

  /** The hires parked for review, as lines a person can act on (empty when none). */
  describeParked(): Promise<string[]> {
    return describeParked(this.#options.store);
  }

  /** Applies a person's decision to a parked hire; `create` then creates it (resolves once done). */
  async resolve(key: string, resolution: Resolution): Promise<HireCheckpoint> {
    const { store, feishu } = this.#options;
    const record = await resolveParked({ store, feishu, leaseTtlMs: this.writer.timings.leaseTtlMs }, key, resolution);
    this.log.info(`[review] ${key}: resolved (${resolution.action}), now ${record.state}`);
    if (record.state === 'created') this.metrics.created.inc({ via: 'operator' });
    if (record.state === 'received') await this.worker.runHire(key);
    return (await store.getHire(key))!;
  }

  /**
   * Whether the checkpoint answers (for `/healthz`). Why it does not is logged, not answered: the
   * endpoint has no authentication, and the reason may name a local path or a Redis host.
   */
  async health(): Promise<{ ok: boolean; checkpoint: 'ok' | 'unreachable' }> {
    try {
      await this.#options.store.ping();
      return { ok: true, checkpoint: 'ok' };
    } catch (error) {
      this.log.error(`[healthz] the checkpoint does not answer: ${errorMessage(error)}`);
      return { ok: false, checkpoint: 'unreachable' };
    }
  }

  /** Resolves once no work of this process is left (scheduled steps included). */
  idle(): Promise<void> {
    return this.worker.idle();
  }

  /** Stops sweeping, drops steps scheduled for later, and waits for what runs. */
  async stop(): Promise<void> {
    this.stopSweeping();
    await this.worker.stop();
  }

  /** Serves the push routes, `/healthz` and `/metrics` on `host:port`. */
  listen(port = 0, host = '127.0.0.1'): Promise<RunningServer> {
    return listen(createHireServer(this), port, host);
  }
}
