import { ComeetClient } from '@hr/comeet';
import type { ClientHooks } from '@hr/core';
import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { MokaClient } from '@hr/moka';
import { RedisRateLimiter, RedisTokenStore } from '@hr/redis';
import type { Redis } from 'ioredis';
import type { PushSecrets } from './service.js';

/**
 * Retries of the Feishu client's reads (searches, queries): 5 instead of the SDK's 2, to ride out a
 * rate-limit burst from other processes of the same Feishu app. Creates are not retried by the SDK
 * (see `sendCreate`).
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

/** What the clients share with the rest of the service. */
export interface ClientSharing {
  /** With `REDIS_URL`: every process shares one Feishu token and one rate-limit budget through it (`@hr/redis`). */
  redis?: Redis | undefined;
  /** Hooks of the Feishu client (the service's metrics count rate-limit answers with them). */
  hooks?: ClientHooks | undefined;
}

/** Builds the clients of a real run (FEISHU_APP_ID and FEISHU_APP_SECRET must be set). */
export function realClients(env: NodeJS.ProcessEnv = process.env, { redis, hooks }: ClientSharing = {}): RealClients {
  const appId = env.FEISHU_APP_ID!;
  const feishu = new FeishuCoreHRClient({
    appId,
    appSecret: env.FEISHU_APP_SECRET!,
    domain: env.FEISHU_DOMAIN === 'lark' ? 'lark' : 'feishu',
    baseUrl: env.FEISHU_BASE_URL || undefined,
    maxRetries: FEISHU_MAX_RETRIES,
    hooks,
    ...(redis && {
      tokenStore: new RedisTokenStore({ redis }),
      rateLimit: { limiter: new RedisRateLimiter({ redis, keyPrefix: `hr:ratelimit:${appId}:` }) },
    }),
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
