import type { Redis } from 'ioredis';
import { realClients } from './clients.js';
import { connectRedis, openCheckpointStore } from './checkpoint/open-store.js';
import { loadMappingConfig } from './config/mapping-config.js';
import type { Settings } from './config/settings.js';
import { type Log, errorMessage } from './log.js';
import { ServiceMetrics } from './metrics.js';
import { HireToOnboardService } from './service.js';
import { crashPointFromEnv } from './sync/fault-injection.js';
import { feishuLongConnection } from './sync/feishu-long-connection.js';
import type { Resolution } from './sync/review.js';

/** The service against the vendors of the environment, and how to close it. */
export interface RealService {
  /** The service. */
  service: HireToOnboardService;
  /** Whether Moka is configured (the pull runs). */
  pulls: boolean;
  /** Stops the service's work, closes the checkpoint and the Redis connection. */
  close(): Promise<void>;
}

/**
 * Opens the service on the vendors named by the environment (FEISHU_*, MOKA_*, COMEET_*), the
 * mapping configuration (HIRE_TO_ONBOARD_MAPPING) and the checkpoint (REDIS_URL or the data dir).
 */
export async function openRealService(settings: Settings, log: Log): Promise<RealService> {
  if (settings.target !== 'real')
    throw new Error('Set FEISHU_APP_ID and FEISHU_APP_SECRET (and MOKA_* / COMEET_*) to run against your vendors');
  if (!settings.mappingPath)
    throw new Error(
      "Set HIRE_TO_ONBOARD_MAPPING to your mapping configuration: copy examples/hire-to-onboard/config/sandbox-mapping.json and put your tenant's Feishu IDs in it",
    );
  const config = await loadMappingConfig(settings.mappingPath);
  const metrics = new ServiceMetrics();
  const redis: Redis | undefined = settings.redisUrl ? await connectRedis(settings.redisUrl) : undefined;
  try {
    const { feishu, moka, comeet, secrets } = realClients(process.env, { redis, hooks: metrics.feishuHooks() });
    const store = await openCheckpointStore({
      redis,
      dataDir: settings.dataDir,
      onWrite: (seconds) => metrics.checkpointWrites.observe(seconds),
    });
    const service = new HireToOnboardService({
      feishu,
      moka,
      comeet,
      store,
      config,
      secrets,
      writes: settings.writes,
      mokaStage: settings.mokaStage,
      log,
      metrics,
      timings: settings.timings,
      afterCreate: crashPointFromEnv(),
    });
    log.info(
      `hire-to-onboard: Feishu ${feishu.baseUrl}, Moka ${moka ? 'on' : 'off (MOKA_API_KEY unset)'}, Comeet write-back ${comeet ? 'on' : 'off'}; checkpoint in ${store.description}; ${settings.writes ? 'WRITES ON' : 'read-only (set HR_LIVE=1 or --live to write)'}`,
    );
    const close = async () => {
      await service.stop();
      await store.close();
      await redis?.quit();
    };
    return { service, pulls: moka !== undefined, close };
  } catch (error) {
    await redis?.quit();
    throw error;
  }
}

/** `pull`: finishes what earlier runs left open, pulls Moka once, and exits (for cron, or a one-off run). */
export async function pullOnce(settings: Settings, log: Log): Promise<void> {
  const { service, pulls, close } = await openRealService(settings, log);
  try {
    await service.recover();
    if (!pulls) throw new Error('MOKA_API_KEY is not set: nothing to pull');
    const summary = await service.pullMoka();
    log.info(
      `[moka] pull done: ${summary.pages} page(s), ${summary.candidates} candidate(s), cursor ${summary.cursor ?? '(start)'}`,
    );
    await service.idle();
    await reportParked(service, log);
  } finally {
    await close();
  }
}

/**
 * `serve`: finishes what earlier runs left open, serves the push routes, `/healthz` and `/metrics`
 * (put them behind your HTTPS proxy and give the push URLs to Comeet, Moka and Feishu), receives
 * Feishu's events over HTTP or the long connection (HIRE_TO_ONBOARD_FEISHU_EVENTS), sweeps for work
 * other processes left, and pulls Moka every interval until SIGINT/SIGTERM.
 */
export async function serve(settings: Settings, log: Log): Promise<void> {
  const { service, pulls, close } = await openRealService(settings, log);
  const server = await service.listen(settings.port, settings.host);
  log.info(`listening on ${server.url}: POST /webhooks/comeet, /webhooks/moka, /events/feishu; GET /healthz, /metrics`);
  const connection =
    settings.feishuEvents === 'long-connection'
      ? feishuLongConnection(service, {
          appId: process.env.FEISHU_APP_ID!,
          appSecret: process.env.FEISHU_APP_SECRET!,
          domain: process.env.FEISHU_DOMAIN === 'lark' ? 'lark' : 'feishu',
          baseUrl: process.env.FEISHU_BASE_URL || undefined,
        })
      : undefined;
  await connection?.start();
  void service.recover().catch((error: unknown) => log.error(`[checkpoint] recovery failed: ${errorMessage(error)}`));
  service.startSweeping(settings.sweepIntervalMs);
  let timer: NodeJS.Timeout | undefined;
  let pulling: Promise<unknown> = Promise.resolve();
  const pullLoop = () => {
    pulling = service
      .pullMoka()
      .catch((error: unknown) => log.error(`[moka] pull failed: ${errorMessage(error)}`))
      .finally(() => (timer = setTimeout(pullLoop, settings.pullIntervalSeconds * 1000)));
  };
  if (pulls && settings.pullIntervalSeconds > 0) pullLoop();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info('stopping...');
  clearTimeout(timer);
  await server.close();
  await connection?.close();
  await pulling;
  clearTimeout(timer);
  await close();
}

/** `review`: lists the hires parked for review, with their evidence and the commands that resolve them. */
export async function review(settings: Settings, log: Log): Promise<void> {
  const { service, close } = await openRealService(settings, log);
  try {
    await reportParked(service, log, true);
  } finally {
    await close();
  }
}

/** `resolve <hire key> adopt <pre_hire_id> | create | dismiss [note]`: a person's decision on a parked hire. */
export async function resolve(settings: Settings, log: Log, args: readonly string[]): Promise<void> {
  const [key, action, value] = args;
  const resolution: Resolution | undefined =
    action === 'adopt' && value
      ? { action, preHireId: value }
      : action === 'create'
        ? { action }
        : action === 'dismiss'
          ? { action, note: value }
          : undefined;
  if (!key || !resolution)
    throw new Error('usage: resolve <hire key> adopt <pre_hire_id> | create | dismiss [note] (see `review`)');
  const { service, close } = await openRealService(settings, log);
  try {
    if (!settings.writes) {
      log.info(`[review] would resolve ${key} (${action}) (read-only run: set HR_LIVE=1 to write)`);
      return;
    }
    const record = await service.resolve(key, resolution);
    log.info(`[review] ${key} is now ${record.state}${record.preHireId ? ` (pre-hire ${record.preHireId})` : ''}`);
  } finally {
    await close();
  }
}

/** Logs the parked hires (a warning per hire; `always`: also say when there is none). */
async function reportParked(service: HireToOnboardService, log: Log, always = false): Promise<void> {
  const lines = await service.describeParked();
  if (lines.length === 0) {
    if (always) log.info('[review] no hire is parked for review');
    return;
  }
  log.warn('[review] parked for review (nothing more is sent for them until resolved):');
  for (const line of lines) log.warn(`[review] ${line}`);
}
