import { realClients } from './clients.js';
import { openCheckpointStore } from './checkpoint/open-store.js';
import { loadMappingConfig } from './config/mapping-config.js';
import type { Settings } from './config/settings.js';
import { type Log, errorMessage } from './log.js';
import { HireToOnboardService } from './service.js';
import { crashPointFromEnv } from './sync/fault-injection.js';

/** The service against the vendors of the environment, and how to close it. */
export interface RealService {
  /** The service. */
  service: HireToOnboardService;
  /** Whether Moka is configured (the pull runs). */
  pulls: boolean;
  /** Closes the checkpoint. */
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
  const { feishu, moka, comeet, secrets } = realClients();
  const store = await openCheckpointStore(settings);
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
    afterCreate: crashPointFromEnv(),
  });
  log.info(
    `hire-to-onboard: Feishu ${feishu.baseUrl}, Moka ${moka ? 'on' : 'off (MOKA_API_KEY unset)'}, Comeet write-back ${comeet ? 'on' : 'off'}; checkpoint in ${store.description}; ${settings.writes ? 'WRITES ON' : 'read-only (set HR_LIVE=1 or --live to write)'}`,
  );
  return { service, pulls: moka !== undefined, close: () => store.close() };
}

/** `pull`: finishes pending hires, pulls Moka once, and exits (for cron, or a one-off run). */
export async function pullOnce(settings: Settings, log: Log): Promise<void> {
  const { service, pulls, close } = await openRealService(settings, log);
  try {
    await service.recoverPending();
    if (!pulls) throw new Error('MOKA_API_KEY is not set: nothing to pull');
    const summary = await service.pullMoka();
    log.info(
      `[moka] pull done: ${summary.pages} page(s), ${summary.candidates} candidate(s), cursor ${summary.cursor ?? '(start)'}`,
    );
  } finally {
    await close();
  }
}

/**
 * `serve`: finishes pending hires, serves the push routes (put them behind your HTTPS proxy and
 * give their URLs to Comeet, Moka and Feishu), and pulls Moka every interval until SIGINT/SIGTERM.
 */
export async function serve(settings: Settings, log: Log): Promise<void> {
  const { service, pulls, close } = await openRealService(settings, log);
  await service.recoverPending();
  const server = await service.listen(settings.port, settings.host);
  log.info(`listening on ${server.url}: POST /webhooks/comeet, /webhooks/moka, /events/feishu`);
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
  await pulling;
  clearTimeout(timer);
  await service.idle();
  await close();
}
