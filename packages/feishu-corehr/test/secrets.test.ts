import { inspect } from 'node:util';
import { http } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { FeishuCoreHRClient } from '../src/index.js';
import { feishuError, startFeishuSandbox } from '../src/testing.js';
import {
  APP_SECRET,
  type Harness,
  LIST_PATH,
  TOKEN_PATH,
  bearerOf,
  captureLogger,
  rejectionOf,
  requestsTo,
  startHarness,
} from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function everything(error: unknown, lines: string[]): string {
  return [JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), String(error), ...lines].join('\n');
}

test('the app secret and the tenant token appear in no error and no debug log line', async () => {
  const { lines, logger } = captureLogger();
  harness = await startHarness({ logger, logLevel: 'debug' });
  await harness.client.preHires.list();
  const token = bearerOf(requestsTo(harness.server, LIST_PATH)[0]!.headers);
  // Feishu echoing the token back in an error body must not leak it either.
  harness.server.use(http.get(`*${LIST_PATH}`, () => feishuError(1164301, { msg: `bad request for token ${token}` })));
  const error = await rejectionOf(harness.client.preHires.list());
  const text = everything(error, lines);
  expect(lines.some((line) => line.includes('tenant_access_token/internal'))).toBe(true);
  expect(text).toContain('[REDACTED]');
  expect(text).not.toContain(APP_SECRET);
  expect(text).not.toContain(token);
});

test('a failing token request leaks neither the secret sent nor a token', async () => {
  const { lines, logger } = captureLogger();
  harness = await startHarness({ logger, logLevel: 'debug', appSecret: 'wrong-app-secret-abcdef' });
  harness.server.use(
    http.post(`*${TOKEN_PATH}`, async ({ request }) => {
      const body = (await request.json()) as { app_secret: string };
      return Response.json(
        { code: 10014, msg: `app secret invalid: ${body.app_secret}`, tenant_access_token: 't-leaky-token-000111' },
        { status: 400 },
      );
    }),
  );
  const error = await rejectionOf(harness.client.preHires.list());
  const text = everything(error, lines);
  expect(text).toContain('app secret invalid');
  expect(text).not.toContain('wrong-app-secret-abcdef');
  expect(text).not.toContain('t-leaky-token-000111');
});

test('a static tenantAccessToken is redacted too', async () => {
  const sandbox = await startFeishuSandbox();
  try {
    const { lines, logger } = captureLogger();
    const token = 't-static-token-never-issued-42';
    const client = new FeishuCoreHRClient({
      tenantAccessToken: token,
      baseUrl: sandbox.baseUrl,
      logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    const error = await rejectionOf(client.preHires.list());
    expect(error).toMatchObject({ code: 99991663 });
    expect(everything(error, lines)).not.toContain(token);
  } finally {
    await sandbox.close();
  }
});
