import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComeetClient } from '@hr/comeet';
import type { ClientOptions } from '@hr/core';
import { type RunningComeetSandbox, SANDBOX_API_KEY, SANDBOX_SECRET, startComeetSandbox } from '@hr/comeet/testing';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { type FeishuSandboxOptions, type RunningFeishuSandbox, startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { MokaClient } from '@hr/moka';
import { type RunningMokaSandbox, startMokaSandbox } from '@hr/moka/testing';
import { FileCheckpointStore } from './checkpoint/file-store.js';
import { FEISHU_MAX_RETRIES } from './clients.js';
import { loadMappingConfig } from './config/mapping-config.js';
import { SANDBOX_MAPPING_PATH } from './config/settings.js';
import type { Log } from './log.js';
import { HireToOnboardService, type PushSecrets } from './service.js';
import { hireKey } from './sync/idempotency.js';

/** The secrets the sandboxes sign and encrypt their pushes with (sandbox values, not real ones). */
export const SANDBOX_SECRETS = {
  comeetWebhookSecret: 'sandbox-comeet-secret-key',
  comeetPartnerSecret: SANDBOX_SECRET,
  comeetApiKey: SANDBOX_API_KEY,
  mokaSigningKey: 'sandbox-moka-signing-key',
  feishuEvents: {
    encryptKey: 'sandbox-encrypt-key',
    verificationToken: 'sandbox-verification-token',
    // The sandbox sends the URL verification unsigned (Feishu's pages do not say whether it is signed).
    acceptUnsignedChallenge: true,
  },
} satisfies PushSecrets;

/** Start date given to the sandbox hires: a Monday ahead, as an instant Moka would send. */
const START = '2026-03-02T01:00:00.000Z';

/** Three running sandboxes. */
export interface Sandboxes {
  /** Feishu CoreHR (pre-hires, events). */
  feishu: RunningFeishuSandbox;
  /** Moka (candidates, signed pushes). */
  moka: RunningMokaSandbox;
  /** Comeet (candidates, signed hire webhooks). */
  comeet: RunningComeetSandbox;
  /** Stops all three. */
  close(): Promise<void>;
}

/** Starts the Feishu, Moka and Comeet sandboxes on loopback ports. */
export async function startSandboxes(feishuOptions: FeishuSandboxOptions = {}): Promise<Sandboxes> {
  const [feishu, moka, comeet] = await Promise.all([
    startFeishuSandbox(feishuOptions),
    startMokaSandbox(),
    startComeetSandbox(),
  ]);
  return {
    feishu,
    moka,
    comeet,
    close: async () => void (await Promise.all([feishu, moka, comeet].map((s) => s.close()))),
  };
}

/**
 * Adds a Moka candidate in `stage` whose offer has `status` (Moka's documented example offer:
 * department code 30, the `+86` calling code), starting on `START`.
 */
export function addMokaCandidate(
  moka: RunningMokaSandbox,
  stage: 'offer' | 'pending_checkin',
  status: string,
  offer: Record<string, unknown> = {},
): number {
  const { record } = moka.state.addCandidate(stage);
  record['offer'] = { ...(record['offer'] as object), status, checkinDate: START, ...offer };
  return record.applicationId;
}

/** Clients of the three sandboxes (the Feishu one retries like the service's real one; `feishuOptions` adds hooks...). */
export function sandboxClients(
  { feishu, moka, comeet }: Sandboxes,
  feishuOptions: Pick<ClientOptions, 'maxRetries' | 'hooks'> = {},
) {
  return {
    feishu: new FeishuCoreHRClient({
      appId: feishu.appId,
      appSecret: feishu.appSecret,
      baseUrl: feishu.baseUrl,
      maxRetries: FEISHU_MAX_RETRIES,
      ...feishuOptions,
    }),
    moka: new MokaClient({ apiKey: moka.apiKey, baseUrl: moka.baseUrl }),
    comeet: new ComeetClient({ apiKey: comeet.apiKey, secret: comeet.secret, baseUrl: comeet.baseUrl }),
  };
}

/**
 * The whole loop against the sandboxes, in one command: a Comeet hire webhook (delivered twice),
 * a Moka push (twice, and a forged one), the Moka pull with a progress line per page (then again:
 * nothing new; then an offer accepted meanwhile), and Feishu's withdrawn / completed events
 * written back. The checkpoint lives in a temporary directory that is removed at the end.
 */
export async function runSandboxDemo(log: Log): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hire-to-onboard-'));
  const sandboxes = await startSandboxes();
  const store = await FileCheckpointStore.open(join(dataDir, 'checkpoint.json'));
  try {
    const { feishu: feishuSandbox, moka: mokaSandbox, comeet: comeetSandbox } = sandboxes;
    const clients = sandboxClients(sandboxes);
    const service = new HireToOnboardService({
      ...clients,
      store,
      config: await loadMappingConfig(SANDBOX_MAPPING_PATH),
      secrets: SANDBOX_SECRETS,
      writes: true,
      log,
    });
    log.info(`hire-to-onboard against the sandboxes; checkpoint in ${store.description}`);
    const server = await service.listen();
    try {
      comeetSandbox.webhooks.register(`${server.url}/webhooks/comeet`, SANDBOX_SECRETS.comeetWebhookSecret);
      mokaSandbox.webhooks.register(`${server.url}/webhooks/moka`, SANDBOX_SECRETS.mokaSigningKey);
      feishuSandbox.state.events.subscription = { url: `${server.url}/events/feishu`, ...SANDBOX_SECRETS.feishuEvents };
      const verified = await feishuSandbox.state.events.verifyUrl();
      log.info(`[feishu] event URL verification answered ${verified.status}`);

      log.info('\n1. A Comeet hire webhook, delivered twice');
      const hired = comeetSandbox.state.addCandidate(
        { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
        new Date(),
      );
      const delivery = await comeetSandbox.webhooks.pushHire(hired.uid, '2026-03-02');
      const replayed = await comeetSandbox.webhooks.send(delivery.method, delivery.body, delivery.signature);
      const forged = await comeetSandbox.webhooks.send(
        'POST',
        delivery.body.replace('Bobby', 'Mallory'),
        delivery.signature,
      );
      log.info(`[comeet] the replayed copy got HTTP ${replayed.status}, a forged copy HTTP ${forged.status}`);
      await service.idle(); // pushes are answered once recorded; the pre-hire is created after the answer

      log.info('\n2. A Moka "Import to EHR" push, delivered twice');
      const pushed = addMokaCandidate(mokaSandbox, 'pending_checkin', 'accepted');
      await mokaSandbox.webhooks.pushCandidate(pushed);
      await service.idle();
      await mokaSandbox.webhooks.pushCandidate(pushed);

      log.info('\n3. The Moka pull (offer stage): 21 accepted offers, 3 sent ones, 1 with an unmapped department');
      for (let i = 0; i < 25; i++)
        addMokaCandidate(
          mokaSandbox,
          'offer',
          i % 8 === 3 ? 'sent' : 'accepted',
          i === 24 ? { departmentCode: 99 } : {},
        );
      await service.pullMoka();
      log.info('   ...and again: nothing new since the saved cursor');
      await service.pullMoka();
      const waiting = (await store.hiresIn(['waiting']))[0]![1];
      const record = mokaSandbox.state.candidates.find(
        (c) => String(c.record.applicationId) === waiting.recordId,
      )!.record;
      (record['offer'] as Record<string, unknown>)['status'] = 'accepted';
      log.info(`   ...candidate ${waiting.recordId} accepts the offer; the next pull re-reads the waiting ones`);
      await service.pullMoka();

      log.info('\n4. Feishu events written back: the Comeet hire withdrawn, a Moka hire completed');
      const comeetPreHire = (await store.getHire(hireKey('comeet', hired.uid)))!.preHireId!;
      await clients.feishu.preHires.withdrawOnboarding({ pre_hire_id: comeetPreHire, withdraw_reason: 'Declined' });
      const mokaPreHire = (await store.getHire(hireKey('moka', String(pushed))))!.preHireId!;
      for (const task_id of ['1', '2']) await clients.feishu.preHires.transitTask(mokaPreHire, { task_id });
      await clients.feishu.preHires.complete(mokaPreHire);
      await feishuSandbox.state.events.flush();
      await service.idle();
      const note = comeetSandbox.state.notes.find((n) => n.candidate_uid === hired.uid);
      log.info(`[comeet] candidate ${hired.uid} now has the note: "${String(note?.body['text'])}"`);

      const created = await store.hiresIn(['created']);
      const problems = await store.hiresIn(['unmappable', 'failed', 'pending', 'waiting']);
      log.info(
        `\nDone: Feishu holds ${feishuSandbox.state.createsApplied} new pre-hire(s) for ${created.length} hire(s) in the checkpoint; ${problems.length} hire(s) not created (${problems.map(([key, r]) => `${key} ${r.state}`).join(', ')}).`,
      );
      if (feishuSandbox.state.createsApplied !== created.length) throw new Error('a hire was created twice');
    } finally {
      await server.close();
      await service.idle();
    }
  } finally {
    await store.close();
    await sandboxes.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
