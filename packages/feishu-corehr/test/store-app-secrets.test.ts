import { inspect } from 'node:util';
import { http } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { AppTicketUnavailableError } from '../src/index.js';
import { APP_SECRET, LIST_PATH, bearerOf, captureLogger, rejectionOf, requestsTo } from './setup.js';
import {
  APP_TOKEN_PATH,
  STORE_TENANT_TOKEN_PATH,
  type StoreAppHarness,
  startStoreAppHarness,
} from './store-app-setup.js';

let harness: StoreAppHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const STALE_TICKET = 'ticket-stale-secret-424242';

/** Everything a user could see of an error, plus every log line. */
function everything(error: unknown, lines: string[]): string {
  return [JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), String(error), ...lines].join('\n');
}

/** Every credential the sandbox issued or received: the app secret, tickets, app tokens, tenant tokens. */
function credentials(h: StoreAppHarness): string[] {
  return [
    APP_SECRET,
    STALE_TICKET,
    ...h.endpoint.received,
    ...h.state.appAccessTokens.keys(),
    ...h.state.tenantOfToken.keys(),
  ];
}

test('the ticket, the app token and the tenant tokens appear in no debug log line of the whole flow', async () => {
  const { lines, logger } = captureLogger();
  harness = await startStoreAppHarness({ logger, logLevel: 'debug' });
  await harness.client.receiveAppTicket({ app_ticket: STALE_TICKET }); // refused, then replaced through resend
  await Promise.all(['tenant-a', 'tenant-b'].map((t) => harness!.client.forTenant(t).preHires.list({ page_size: 1 })));
  expect(requestsTo(harness.server, APP_TOKEN_PATH)).toHaveLength(2);
  const text = lines.join('\n');
  expect(text).toContain(APP_TOKEN_PATH);
  expect(text).toContain(STORE_TENANT_TOKEN_PATH);
  const secrets = credentials(harness);
  expect(secrets.length).toBeGreaterThanOrEqual(6);
  for (const secret of secrets) expect(text).not.toContain(secret);
});

test('Feishu echoing the ticket and the secret in a refusal leaks neither', async () => {
  const { lines, logger } = captureLogger();
  harness = await startStoreAppHarness({ logger, logLevel: 'debug' });
  harness.server.use(
    http.post(`*${APP_TOKEN_PATH}`, async ({ request }) => {
      const body = (await request.json()) as Record<string, string>;
      return Response.json(
        { code: 10003, msg: `invalid app_ticket ${body.app_ticket} for secret ${body.app_secret}` },
        { status: 400 },
      );
    }),
  );
  const error = await rejectionOf(harness.client.forTenant('tenant-a').preHires.list());
  const text = everything(error, lines);
  expect(text).toContain('invalid app_ticket');
  expect(harness.endpoint.received.length).toBeGreaterThanOrEqual(1);
  for (const secret of credentials(harness)) expect(text).not.toContain(secret);
});

test('Feishu echoing the app token in a tenant-token refusal, or a tenant token in an API error, leaks neither', async () => {
  const { lines, logger } = captureLogger();
  harness = await startStoreAppHarness({ logger, logLevel: 'debug' });
  const tenantA = harness.client.forTenant('tenant-a');
  await tenantA.preHires.list({ page_size: 1 });
  const appToken = [...harness.state.appAccessTokens.keys()][0]!;
  const tenantToken = bearerOf(requestsTo(harness.server, LIST_PATH)[0]!.headers);
  harness.server.use(
    http.post(`*${STORE_TENANT_TOKEN_PATH}`, async ({ request }) => {
      const body = (await request.json()) as Record<string, string>;
      return Response.json(
        {
          code: 10003,
          msg: `app_access_token ${body.app_access_token} refused`,
          tenant_access_token: 't-leaky-tenant-token-000111',
        },
        { status: 400 },
      );
    }),
    // An API error naming the tenant token, and (however unlikely) the app token.
    http.get(`*${LIST_PATH}`, () =>
      Response.json({ code: 1164301, msg: `bad request for ${tenantToken} (app ${appToken})` }, { status: 400 }),
    ),
  );
  const tenantTokenError = await rejectionOf(harness.client.forTenant('tenant-b').preHires.list());
  const apiError = await rejectionOf(tenantA.preHires.list());
  const text = everything(tenantTokenError, lines) + everything(apiError, []);
  expect(text).toContain('refused');
  expect(text).toContain('bad request for');
  for (const secret of [...credentials(harness), 't-leaky-tenant-token-000111']) expect(text).not.toContain(secret);
});

test('AppTicketUnavailableError names what to do and carries no credential', async () => {
  harness = await startStoreAppHarness({ appTicketWait: 100 });
  harness.endpoint.receiver = undefined;
  await harness.client.receiveAppTicket({ app_ticket: STALE_TICKET });
  harness.server.use(
    http.post(`*${APP_TOKEN_PATH}`, () => Response.json({ code: 10003, msg: 'invalid param' }, { status: 400 })),
  );
  const error = await rejectionOf(harness.client.forTenant('tenant-a').preHires.list());
  expect(AppTicketUnavailableError.isInstance(error)).toBe(true);
  const text = everything(error, []);
  expect(text).toContain('client.receiveAppTicket()');
  for (const secret of [...credentials(harness), harness.state.appTicket!]) expect(text).not.toContain(secret);
});
