import { ComeetClient } from '@hr/comeet';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { MokaClient } from '@hr/moka';
import type { PushSecrets } from './service.js';

/**
 * Retries of a create. It carries `out_biz_id`, so resending is safe; 5 (instead of the SDK's 2)
 * rides out a rate-limit burst from other processes of the same Feishu app, which the client-side
 * limiter of this process cannot see.
 */
export const FEISHU_MAX_RETRIES = 5;

/** The vendor clients of a real run, from the environment. */
export interface RealClients {
  /** Feishu CoreHR (FEISHU_APP_ID, FEISHU_APP_SECRET; FEISHU_DOMAIN=lark; FEISHU_BASE_URL for a proxy). */
  feishu: FeishuCoreHRClient;
  /** Moka (MOKA_API_KEY; MOKA_BASE_URL), when set: enables the pull. */
  moka: MokaClient | undefined;
  /** Comeet (COMEET_API_KEY + COMEET_SECRET; COMEET_BASE_URL), when set: enables write-back. */
  comeet: ComeetClient | undefined;
  /**
   * Push secrets (COMEET_WEBHOOK_SECRET; COMEET_SECRET and COMEET_API_KEY for position pushes;
   * MOKA_WEBHOOK_SIGNING_KEY; FEISHU_ENCRYPT_KEY, FEISHU_VERIFICATION_TOKEN, FEISHU_ACCEPT_UNSIGNED_CHALLENGE).
   */
  secrets: PushSecrets;
}

/** Builds the clients of a real run (FEISHU_APP_ID and FEISHU_APP_SECRET must be set). */
export function realClients(env: NodeJS.ProcessEnv = process.env): RealClients {
  const feishu = new FeishuCoreHRClient({
    appId: env.FEISHU_APP_ID!,
    appSecret: env.FEISHU_APP_SECRET!,
    domain: env.FEISHU_DOMAIN === 'lark' ? 'lark' : 'feishu',
    baseUrl: env.FEISHU_BASE_URL || undefined,
    maxRetries: FEISHU_MAX_RETRIES,
  });
  const moka = env.MOKA_API_KEY
    ? new MokaClient({ apiKey: env.MOKA_API_KEY, baseUrl: env.MOKA_BASE_URL || undefined })
    : undefined;
  const comeet =
    env.COMEET_API_KEY && env.COMEET_SECRET
      ? new ComeetClient({
          apiKey: env.COMEET_API_KEY,
          secret: env.COMEET_SECRET,
          baseUrl: env.COMEET_BASE_URL || undefined,
        })
      : undefined;
  return {
    feishu,
    moka,
    comeet,
    secrets: {
      comeetWebhookSecret: env.COMEET_WEBHOOK_SECRET || undefined,
      comeetPartnerSecret: env.COMEET_SECRET || undefined,
      comeetApiKey: env.COMEET_API_KEY || undefined,
      mokaSigningKey: env.MOKA_WEBHOOK_SIGNING_KEY || undefined,
      feishuEvents: {
        encryptKey: env.FEISHU_ENCRYPT_KEY || undefined,
        verificationToken: env.FEISHU_VERIFICATION_TOKEN || undefined,
        acceptUnsignedChallenge: env.FEISHU_ACCEPT_UNSIGNED_CHALLENGE === '1',
      },
    },
  };
}
