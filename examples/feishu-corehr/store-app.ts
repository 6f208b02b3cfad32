import { isEntryPoint } from '../shared/entry.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FeishuCoreHRClient, HRError } from '@hr/feishu-corehr';
import { parseFeishuEvent, type FeishuEventSecrets } from '@hr/feishu-corehr/events';
import { startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { RedisTokenStore } from '@hr/redis';
import { Redis } from 'ioredis';

const TENANTS = ['acme-tenant-key', 'globex-tenant-key'];

/**
 * A store (marketplace) app: its event endpoint hands each pushed app_ticket to the client, and
 * each call acts for one tenant. Against the sandbox: two tenants, ten concurrent cold calls, one
 * ticket request, one app token and one tenant token per tenant. Against the real API
 * (FEISHU_APP_TYPE=store): it only reads one tenant's pre-hires (FEISHU_TENANT_KEY), with the
 * tickets your own event endpoint stores in your Redis (REDIS_URL).
 */
export async function storeApp(): Promise<void> {
  const { FEISHU_APP_TYPE, FEISHU_APP_ID, FEISHU_APP_SECRET } = process.env;
  if (FEISHU_APP_TYPE === 'store' && FEISHU_APP_ID && FEISHU_APP_SECRET)
    return readOneTenant(FEISHU_APP_ID, FEISHU_APP_SECRET);

  const sandbox = await startFeishuSandbox({ tenantKeys: TENANTS });
  const feishu = new FeishuCoreHRClient({
    appType: 'store',
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
  });
  const secrets = { encryptKey: 'example-encrypt-key', verificationToken: 'example-verification-token' };
  const endpoint = await startTicketEndpoint(feishu, secrets);
  sandbox.state.events.subscription = { url: endpoint.url, ...secrets };
  try {
    const refused = await feishu.preHires.search().catch((error: unknown) => (error as HRError).message);
    console.log(`  without a tenant the call is refused before sending: ${String(refused).slice(0, 60)}...`);

    // Ten cold calls at once, five per tenant: the first asks Feishu for a ticket and waits for the push.
    const pages = await Promise.all(
      TENANTS.flatMap((tenant) =>
        Array.from({ length: 5 }, () =>
          feishu.forTenant(tenant).preHires.search({ fields: ['person_info'] }, { page_size: 3 }),
        ),
      ),
    );
    console.log(
      `  ${pages.length} searches for ${TENANTS.length} tenants, ${pages[0]!.items.length} pre-hires per page`,
    );
    // The tenant of an event just received, per call:
    const [first] = pages[0]!.items;
    const queried = await feishu.preHires.query({ pre_hire_ids: [first!.pre_hire_id!] }, {}, { tenantKey: TENANTS[1] });
    console.log(`  queried ${queried.items[0]?.pre_hire_id} for ${TENANTS[1]}`);

    const fetches = Object.fromEntries(sandbox.state.isvTokenFetches);
    const resends = sandbox.server.requests.filter((r) => r.path.endsWith('/app_ticket/resend')).length;
    console.log(`  ticket requested ${resends} time(s); token fetches: ${JSON.stringify(fetches)}`);
  } finally {
    await sandbox.state.events.flush();
    await new Promise((resolve) => endpoint.server.close(resolve));
    await sandbox.close();
  }
}

/** A node:http event endpoint: authenticates each push; the parser hands app_ticket events to the client. */
async function startTicketEndpoint(
  feishu: FeishuCoreHRClient,
  secrets: FeishuEventSecrets,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const result = await parseFeishuEvent(
          { rawBody: Buffer.concat(chunks), headers: req.headers },
          { ...secrets, acceptUnsignedChallenge: true, appTicketClient: feishu },
        );
        res.writeHead(200).end(result.kind === 'challenge' ? JSON.stringify(result.response) : undefined);
      } catch {
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`, server };
}

/** Real API, read-only: the first page of one tenant's pre-hires, with the tickets your endpoint keeps in Redis. */
async function readOneTenant(appId: string, appSecret: string): Promise<void> {
  const { FEISHU_TENANT_KEY: tenantKey, REDIS_URL, FEISHU_DOMAIN } = process.env;
  if (!tenantKey || !REDIS_URL) {
    console.log(
      '  (skipped: set FEISHU_TENANT_KEY, and REDIS_URL shared with your event endpoint, whose parseFeishuEvent hands each app_ticket to its appTicketClient)',
    );
    return;
  }
  const redis = new Redis(REDIS_URL);
  try {
    const feishu = new FeishuCoreHRClient({
      appType: 'store',
      appId,
      appSecret,
      domain: FEISHU_DOMAIN === 'lark' ? 'lark' : 'feishu',
      tokenStore: new RedisTokenStore({ redis }),
      tenantKey,
    });
    const page = await feishu.preHires.search({}, { page_size: 5 });
    console.log(`  ${page.items.length} pre-hire(s) on the first page for tenant ${tenantKey} (read only)`);
  } finally {
    redis.disconnect();
  }
}

if (isEntryPoint(import.meta.url)) await storeApp();
