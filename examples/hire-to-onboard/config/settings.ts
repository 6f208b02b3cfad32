import { fileURLToPath } from 'node:url';
import type { CandidateStage } from '@hr/moka';
import { liveFlagSet } from '../../shared/live.js';
import type { ExactlyOnceTimings } from '../sync/pre-hire-writer.js';

/** Where the example's own files are. */
const HERE = fileURLToPath(new URL('..', import.meta.url));

/** The mapping configuration used against the sandboxes (IDs from Feishu's documentation examples). */
export const SANDBOX_MAPPING_PATH = `${HERE}config/sandbox-mapping.json`;

/** How a run is set up, read from the environment and the command line. */
export interface Settings {
  /** `real`: FEISHU_APP_ID and FEISHU_APP_SECRET are set (the vendors, or whatever their *_BASE_URL say); `sandboxes`: none is. */
  target: 'real' | 'sandboxes';
  /** Writes allowed: always against the sandboxes; against real vendors only with HR_LIVE=1 or --live. */
  writes: boolean;
  /** The mapping configuration file (HIRE_TO_ONBOARD_MAPPING; required against real vendors). */
  mappingPath: string | undefined;
  /** The checkpoint directory (HIRE_TO_ONBOARD_DATA_DIR, default the example's gitignored `data/`). */
  dataDir: string;
  /** REDIS_URL: keep the checkpoint in Redis instead of a file. */
  redisUrl: string | undefined;
  /** MOKA_PULL_STAGE: `offer` (default), `pending_checkin` or `all`. */
  mokaStage: CandidateStage;
  /** HIRE_TO_ONBOARD_PORT for `serve` (default 8080). */
  port: number;
  /** HIRE_TO_ONBOARD_HOST for `serve` (default 127.0.0.1; 0.0.0.0 behind your TLS proxy). */
  host: string;
  /** HIRE_TO_ONBOARD_PULL_INTERVAL seconds between Moka pulls in `serve` (default 300). */
  pullIntervalSeconds: number;
  /**
   * HIRE_TO_ONBOARD_FEISHU_EVENTS: how Feishu's events arrive in `serve`: `http` (default: Feishu
   * pushes to `POST /events/feishu`) or `long-connection` (the service connects to Feishu; no public
   * URL needed; custom apps only). See docs/recipes.md.
   */
  feishuEvents: 'http' | 'long-connection';
  /** HIRE_TO_ONBOARD_SWEEP_INTERVAL_MS: how often `serve` picks up work other processes left (default 30000). */
  sweepIntervalMs: number;
  /**
   * HIRE_TO_ONBOARD_CREATE_WINDOW_MS, HIRE_TO_ONBOARD_LANDING_GRACE_MS, HIRE_TO_ONBOARD_SEARCH_LAG_MS,
   * HIRE_TO_ONBOARD_LEASE_TTL_MS (see `ExactlyOnceTimings`; lower them only against the sandbox).
   */
  timings: Partial<ExactlyOnceTimings>;
}

const STAGES: readonly CandidateStage[] = ['offer', 'pending_checkin', 'all'];
const EVENT_MODES = ['http', 'long-connection'] as const;

/** Reads the settings; throws a message naming the variable when one is malformed. */
export function readSettings(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): Settings {
  const real = Boolean(env.FEISHU_APP_ID && env.FEISHU_APP_SECRET);
  const stage = (env.MOKA_PULL_STAGE || 'offer') as CandidateStage;
  if (!STAGES.includes(stage)) throw new Error(`MOKA_PULL_STAGE must be one of ${STAGES.join(', ')}`);
  const number = (name: string, fallback: number) => {
    const value = env[name] ? Number(env[name]) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
    return value;
  };
  const positive = (name: string) => {
    if (!env[name]) return undefined;
    const value = Number(env[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (milliseconds)`);
    return value;
  };
  const feishuEvents = (env.HIRE_TO_ONBOARD_FEISHU_EVENTS || 'http') as Settings['feishuEvents'];
  if (!EVENT_MODES.includes(feishuEvents))
    throw new Error(`HIRE_TO_ONBOARD_FEISHU_EVENTS must be one of ${EVENT_MODES.join(', ')}`);
  const timings = Object.fromEntries(
    (
      [
        ['createWindowMs', 'HIRE_TO_ONBOARD_CREATE_WINDOW_MS'],
        ['landingGraceMs', 'HIRE_TO_ONBOARD_LANDING_GRACE_MS'],
        ['searchLagMs', 'HIRE_TO_ONBOARD_SEARCH_LAG_MS'],
        ['leaseTtlMs', 'HIRE_TO_ONBOARD_LEASE_TTL_MS'],
      ] as const
    ).flatMap(([key, name]) => (positive(name) === undefined ? [] : [[key, positive(name)]])),
  ) as Partial<ExactlyOnceTimings>;
  return {
    target: real ? 'real' : 'sandboxes',
    writes: !real || liveFlagSet(argv, env),
    mappingPath: env.HIRE_TO_ONBOARD_MAPPING || (real ? undefined : SANDBOX_MAPPING_PATH),
    dataDir: env.HIRE_TO_ONBOARD_DATA_DIR || `${HERE}data`,
    redisUrl: env.REDIS_URL || undefined,
    mokaStage: stage,
    port: number('HIRE_TO_ONBOARD_PORT', 8080),
    host: env.HIRE_TO_ONBOARD_HOST || '127.0.0.1',
    pullIntervalSeconds: number('HIRE_TO_ONBOARD_PULL_INTERVAL', 300),
    feishuEvents,
    sweepIntervalMs: number('HIRE_TO_ONBOARD_SWEEP_INTERVAL_MS', 30_000),
    timings,
  };
}
