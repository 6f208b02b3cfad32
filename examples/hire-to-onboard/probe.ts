import { randomUUID } from 'node:crypto';
import type { HireWebhookPayload } from '@hr/comeet/webhooks';
import { APIError, type FeishuCoreHRClient } from '@hr/feishu-corehr';
import { realClients } from './clients.js';
import { loadMappingConfig } from './config/mapping-config.js';
import type { Settings } from './config/settings.js';
import { type Log, errorMessage } from './log.js';
import { mapComeetHire } from './mapping/comeet-hire.js';
import { findPreHire } from './sync/find-pre-hire.js';

/** What `probe` found on the tenant. */
export interface ProbeReport {
  /** How Feishu answered a create whose `out_biz_id` it had seen (undefined: read-only run). */
  repeatedOutBizId?: 'return-existing' | 'refuse' | 'duplicate' | undefined;
  /** Feishu's code and message when it refused the repeat. */
  refusal?: { code: string | number | undefined; msg: string } | undefined;
  /** Milliseconds from the create's answer until the lookup found the pre-hire (undefined: not within the wait). */
  searchLagMs?: number | undefined;
  /** The probe pre-hires created, and whether each was deleted. */
  created: { preHireId: string; deleted: boolean }[];
}

/** How long the lookup is retried after the probe create (Feishu documents up to 5 s; more is reported). */
const SEARCH_WAIT_MS = 30_000;

/**
 * `probe`: checks on a test tenant what this service's exactly-once depends on (docs/recipes.md,
 * "Verifying Feishu's behaviour on a test tenant"). Read-only by default: it searches one day's
 * pre-hires (credentials, `corehr:pre_hire:read`) and says what it would create. With HR_LIVE=1 (or
 * --live) it creates one probe pre-hire from a made-up Comeet hire mapped with your configuration,
 * sends the same create again (same `out_biz_id`) and reports Feishu's answer, measures how long
 * until the lookup the service uses finds the pre-hire, and deletes what it created
 * (`corehr:pre_hire:write`, `corehr:pre_hire:delete`). Use a test tenant.
 */
export async function probeFeishu(settings: Settings, log: Log): Promise<ProbeReport> {
  if (settings.target !== 'real')
    throw new Error('Set FEISHU_APP_ID and FEISHU_APP_SECRET: the probe runs on your tenant');
  if (!settings.mappingPath) throw new Error('Set HIRE_TO_ONBOARD_MAPPING: the probe maps a made-up hire with it');
  const config = await loadMappingConfig(settings.mappingPath);
  const { feishu } = realClients(process.env);
  log.info(
    `[probe] Feishu ${feishu.baseUrl}; ${settings.writes ? 'WRITES ON' : 'read-only (set HR_LIVE=1 or --live to write)'}`,
  );
  const department = Object.keys(config.comeet.departments)[0];
  const startDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const probeId = randomUUID();
  const hire = {
    comeet_id: `probe-${probeId}`,
    first_name: 'Probe',
    last_name: `Hire-to-onboard ${probeId.slice(0, 8)}`,
    email: `probe-${probeId}@example.invalid`,
    start_date: startDate,
    position: { comeet_id: 'probe', name: 'Probe', department },
  } as HireWebhookPayload;
  const { body, missing } = mapComeetHire(hire, config);
  if (!body) throw new Error(`the probe hire does not map: ${missing.map((gap) => gap.field).join(', ')}`);

  const { items } = await feishu.preHires.search(
    { onboarding_date_start: startDate, onboarding_date_end: startDate },
    { page_size: 1 },
  );
  log.info(`[probe] search answers (${items.length > 0 ? 'pre-hires' : 'no pre-hire'} onboarding on ${startDate})`);
  const report: ProbeReport = { created: [] };
  if (!settings.writes) {
    log.info(
      `[probe] would create a probe pre-hire for ${startDate} twice with one out_biz_id, time the lookup, and delete it (read-only run: set HR_LIVE=1 to write)`,
    );
    return report;
  }

  const outBizId = `hire-to-onboard:probe:${probeId}`;
  const sent = { ...body, out_biz_id: outBizId };
  // Not retried by the client: each create the probe sends is one it reports on.
  const create = async () => {
    const { pre_hire_id } = await feishu.preHires.create(sent, { maxRetries: 0 });
    if (!pre_hire_id) throw new Error('Feishu answered the probe create without a pre_hire_id');
    return pre_hire_id;
  };
  const first = await create();
  const answeredAt = Date.now();
  report.created.push({ preHireId: first, deleted: false });
  log.info(`[probe] created probe pre-hire ${first} (out_biz_id ${outBizId})`);
  try {
    try {
      const second = await create();
      report.repeatedOutBizId = second === first ? 'return-existing' : 'duplicate';
      if (second !== first) report.created.push({ preHireId: second, deleted: false });
    } catch (error) {
      if (!APIError.isInstance(error) || error.status >= 500) throw error;
      report.repeatedOutBizId = 'refuse';
      report.refusal = { code: error.code, msg: errorMessage(error) };
    }
    log.info(
      `[probe] the same create again: ${report.repeatedOutBizId}${report.refusal ? ` (code ${report.refusal.code}: ${report.refusal.msg})` : ''}`,
    );
    report.searchLagMs = await timeLookup(feishu, body, first, answeredAt);
    log.info(
      report.searchLagMs === undefined
        ? `[probe] the lookup did not find ${first} within ${SEARCH_WAIT_MS / 1000} s: check search's fields on your tenant`
        : `[probe] the lookup found ${first} ${report.searchLagMs} ms after the create answered (set HIRE_TO_ONBOARD_SEARCH_LAG_MS above it)`,
    );
  } finally {
    for (const made of report.created) {
      try {
        await feishu.preHires.delete(made.preHireId);
        made.deleted = true;
        log.info(`[probe] deleted probe pre-hire ${made.preHireId}`);
      } catch (error) {
        log.error(
          `[probe] could not delete probe pre-hire ${made.preHireId}: ${errorMessage(error)}; delete it by hand`,
        );
      }
    }
  }
  return report;
}

/** Runs the service's lookup until it finds `preHireId`; the milliseconds since `since`, or undefined. */
async function timeLookup(
  feishu: FeishuCoreHRClient,
  body: Parameters<typeof findPreHire>[1],
  preHireId: string,
  since: number,
): Promise<number | undefined> {
  while (Date.now() - since < SEARCH_WAIT_MS) {
    const found = await findPreHire(feishu, body);
    // Found alone, or among other candidates (a duplicate the repeat made is one of them).
    const seen =
      found.kind === 'found'
        ? [found.preHireId]
        : found.kind === 'undecided'
          ? found.candidates.map((candidate) => candidate.preHireId)
          : [];
    if (seen.includes(preHireId)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return undefined;
}
