/**
 * The vendor sandboxes a doc snippet runs against, fresh for each program, and what points the
 * snippet at them: the credentials it reads from the environment (`process.env.MOKA_API_KEY!`...)
 * are the sandboxes', and every client it constructs gets the sandbox's base URL (src/rewrite.ts).
 * Nothing in the SDK knows about this: the clients are the real ones, only their `baseUrl` differs.
 */
import { startComeetSandbox, type RunningComeetSandbox } from '@hr/comeet/testing';
import { SANDBOX_API_KEY, startCoodeshSandbox, type RunningCoodeshSandbox } from '@hr/coodesh/testing';
import { startFeishuSandbox, type RunningFeishuSandbox } from '@hr/feishu-corehr/testing';
import { startMokaSandbox, type RunningMokaSandbox } from '@hr/moka/testing';

/** The running sandboxes of one program. */
export interface DocSandboxes {
  moka: RunningMokaSandbox;
  feishu: RunningFeishuSandbox;
  comeet: RunningComeetSandbox;
  coodesh: RunningCoodeshSandbox;
  /** A throwaway redis-server's URL, when one runs (the Redis snippets need it). */
  redisUrl: string | undefined;
  /** The base URL each client class gets (the rewrite reads it from `globalThis.__hrDocBaseUrls`). */
  baseUrls: Record<string, string>;
  /** The environment a snippet sees: the sandboxes' credentials under the names the docs use. */
  env: Record<string, string>;
  /** Stops every sandbox. */
  close(): Promise<void>;
}

/**
 * Starts every vendor's sandbox. The Moka sandbox gets three offer-stage candidates: Moka answers a
 * listing of an empty stage with a server exception, and an account a page talks about has some.
 */
export async function startDocSandboxes(redisUrl: string | undefined): Promise<DocSandboxes> {
  const [moka, feishu, comeet, coodesh] = await Promise.all([
    // docs/moka.md's career-site snippet uses this orgId.
    startMokaSandbox({ orgId: 'your-org-id' }),
    // docs/feishu-corehr.md's store-app snippet acts for this tenant.
    startFeishuSandbox({ tenantKeys: ['sandbox-tenant', '73658811060f175d'] }),
    startComeetSandbox(),
    startCoodeshSandbox(),
  ]);
  moka.state.seedCandidates(3, 'offer');
  return {
    moka,
    feishu,
    comeet,
    coodesh,
    redisUrl,
    baseUrls: {
      MokaClient: moka.baseUrl,
      FeishuCoreHRClient: feishu.baseUrl,
      FeishuLongConnection: feishu.baseUrl,
      ComeetClient: comeet.baseUrl,
      ComeetCareersClient: comeet.careersBaseUrl,
      CoodeshClient: coodesh.baseUrl,
    },
    env: {
      MOKA_API_KEY: moka.apiKey,
      MOKA_CLIENT_ID: moka.clientId,
      MOKA_CLIENT_SECRET: moka.clientSecret,
      FEISHU_APP_ID: feishu.appId,
      FEISHU_APP_SECRET: feishu.appSecret,
      COMEET_API_KEY: comeet.apiKey,
      COMEET_SECRET: comeet.secret,
      COMEET_COMPANY_UID: comeet.companyUid,
      COMEET_CAREERS_TOKEN: comeet.careersToken,
      COODESH_API_KEY: SANDBOX_API_KEY,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    },
    async close() {
      await Promise.all([moka.close(), feishu.close(), comeet.close(), coodesh.close()]);
    },
  };
}
