import type { ClientHooks } from '@hr/core';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics (prom-client, its own registry so several services in one
 * process do not collide), served by `GET /metrics` in the text format:
 *
 * | metric | what |
 * | --- | --- |
 * | `hire_to_onboard_hires_received_total{source}` | hires taken in (pushes and pulls), per ATS |
 * | `hire_to_onboard_hires_created_total{via}` | pre-hires created (`create`), found after an unknown outcome (`lookup`) or resolved by a person (`operator`) |
 * | `hire_to_onboard_hires_parked_total` | hires parked for review |
 * | `hire_to_onboard_hires_needs_review` | hires parked now (read from the checkpoint at each scrape) |
 * | `hire_to_onboard_hires_failed_total` | creates Feishu refused for good |
 * | `hire_to_onboard_create_retries_total` | creates sent again after one whose outcome was unknown |
 * | `hire_to_onboard_feishu_rate_limit_waits_total` | Feishu answers of HTTP 429 (each waited out before the next try) |
 * | `hire_to_onboard_checkpoint_write_seconds` | checkpoint write latency (histogram) |
 */
export class ServiceMetrics {
  /** The registry `/metrics` serves. */
  readonly registry = new Registry();
  /** Hires taken in, per ATS. */
  readonly received = new Counter({
    name: 'hire_to_onboard_hires_received_total',
    help: 'Hires taken in (pushes and pulls), per ATS.',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });
  /** Pre-hires created, per way. */
  readonly created = new Counter({
    name: 'hire_to_onboard_hires_created_total',
    help: 'Pre-hires created (via="create"), found in Feishu after a create with an unknown outcome (via="lookup"), or resolved by a person (via="operator").',
    labelNames: ['via'] as const,
    registers: [this.registry],
  });
  /** Hires parked for review. */
  readonly parked = new Counter({
    name: 'hire_to_onboard_hires_parked_total',
    help: 'Hires parked for review (needs_review): the service could not show whether Feishu holds the pre-hire.',
    registers: [this.registry],
  });
  /** Creates refused for good. */
  readonly failed = new Counter({
    name: 'hire_to_onboard_hires_failed_total',
    help: 'Creates Feishu refused for good (a 4xx about the data).',
    registers: [this.registry],
  });
  /** Creates sent again. */
  readonly retries = new Counter({
    name: 'hire_to_onboard_create_retries_total',
    help: 'Creates sent again after Feishu search showed that an earlier one, whose outcome was unknown, created nothing.',
    registers: [this.registry],
  });
  /** Feishu rate-limit answers. */
  readonly rateLimitWaits = new Counter({
    name: 'hire_to_onboard_feishu_rate_limit_waits_total',
    help: 'Feishu answers of HTTP 429 (rate limited); each is waited out before the next try.',
    registers: [this.registry],
  });
  /** Checkpoint write latency. */
  readonly checkpointWrites = new Histogram({
    name: 'hire_to_onboard_checkpoint_write_seconds',
    help: 'Checkpoint write latency, in seconds.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });

  /** Counts the hires parked now with `count` at each scrape (the checkpoint's `needs_review` records). */
  watchParked(count: () => Promise<number>): void {
    new Gauge({
      name: 'hire_to_onboard_hires_needs_review',
      help: 'Hires parked for review now (see `index.ts review`).',
      registers: [this.registry],
      async collect() {
        this.set(await count());
      },
    });
  }

  /** Client hooks that count Feishu's rate-limit answers (give them to the Feishu client). */
  feishuHooks(): ClientHooks {
    return {
      afterResponse: (event) => {
        if (event.status === 429) this.rateLimitWaits.inc();
      },
    };
  }

  /** The metrics in Prometheus's text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of `text()`. */
  get contentType(): string {
    return this.registry.contentType;
  }
}
