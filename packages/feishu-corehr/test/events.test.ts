import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import {
  FeishuEventVerificationError,
  type FeishuEventResult,
  type FeishuEventSecrets,
  encryptFeishuEvent,
  parseFeishuEvent,
  signFeishuEvent,
} from '../src/events.js';
import { type Harness, startHarness } from './setup.js';

const ENCRYPT_KEY = 'encrypt-key-7c1d-do-not-leak';
const TOKEN = 'verification-token-4b2e-do-not-leak';
const NOW = 1_760_000_000_000;
const secrets: FeishuEventSecrets = { encryptKey: ENCRYPT_KEY, verificationToken: TOKEN, now: () => NOW };

function signed(body: string, timestamp = String(NOW / 1000), key = ENCRYPT_KEY) {
  const nonce = 'n0nce';
  return {
    rawBody: body,
    headers: {
      'X-Lark-Request-Timestamp': timestamp,
      'X-Lark-Request-Nonce': nonce,
      'X-Lark-Signature': signFeishuEvent(timestamp, nonce, key, body),
    },
  };
}

const v2 = (type: string, event: unknown, token = TOKEN) =>
  JSON.stringify({ schema: '2.0', header: { event_id: 'e1', event_type: type, token, tenant_key: 't1' }, event });

function refusal(run: () => unknown): FeishuEventVerificationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FeishuEventVerificationError);
    const message = `${(error as Error).message} ${JSON.stringify(error)}`;
    expect(message).not.toContain(ENCRYPT_KEY);
    expect(message).not.toContain(TOKEN);
    return error as FeishuEventVerificationError;
  }
  throw new Error('expected a refusal');
}

describe('parseFeishuEvent', () => {
  test('answers a plain URL verification', () => {
    const body = JSON.stringify({ challenge: 'ajls384kdjx98XX', token: TOKEN, type: 'url_verification' });
    expect(parseFeishuEvent({ rawBody: body, headers: {} }, { verificationToken: TOKEN })).toEqual({
      kind: 'challenge',
      challenge: 'ajls384kdjx98XX',
      response: { challenge: 'ajls384kdjx98XX' },
    });
  });

  test('answers an encrypted URL verification (unsigned, as Feishu sends it)', () => {
    const encrypt = encryptFeishuEvent(
      JSON.stringify({ challenge: 'c-1', token: TOKEN, type: 'url_verification' }),
      ENCRYPT_KEY,
    );
    const result = parseFeishuEvent({ rawBody: JSON.stringify({ encrypt }), headers: {} }, secrets);
    expect(result).toMatchObject({ kind: 'challenge', challenge: 'c-1' });
  });

  test('decrypts and types an encrypted, signed pre-hire event', () => {
    const body = JSON.stringify({
      encrypt: encryptFeishuEvent(
        v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7', field_changes: ['hire_date'] }),
        ENCRYPT_KEY,
      ),
    });
    const result = parseFeishuEvent(signed(body), secrets);
    expect(result).toMatchObject({ kind: 'event', type: 'corehr.pre_hire.updated_v1', event: { pre_hire_id: '7' } });
    expect((result as FeishuEventResult & { header: { tenant_key: string } }).header.tenant_key).toBe('t1');
  });

  test('types a plain onboarding-task event and a v1 app_ticket event', () => {
    const task = parseFeishuEvent(
      {
        rawBody: v2('corehr.pre_hire.onboarding_task_changed_v2', {
          pre_hire_id: '8',
          onboarding_task_changes: [{ task_code: '1', after_status: 'completed' }],
        }),
        headers: {},
      },
      { verificationToken: TOKEN },
    );
    expect(task).toMatchObject({ kind: 'event', type: 'corehr.pre_hire.onboarding_task_changed_v2' });
    const ticket = parseFeishuEvent(
      {
        rawBody: JSON.stringify({
          uuid: 'u',
          token: TOKEN,
          ts: '1',
          type: 'event_callback',
          event: { app_id: 'cli_1', app_ticket: 'tk', type: 'app_ticket' },
        }),
        headers: {},
      },
      { verificationToken: TOKEN },
    );
    expect(ticket).toMatchObject({ kind: 'event', type: 'app_ticket', event: { app_ticket: 'tk' } });
  });

  test('keeps an unknown event type raw', () => {
    const result = parseFeishuEvent(
      { rawBody: v2('corehr.employee.domain_event_v2', { x: 1 }), headers: {} },
      { verificationToken: TOKEN },
    );
    expect(result).toEqual(
      expect.objectContaining({ kind: 'unknown_event', type: 'corehr.employee.domain_event_v2', event: { x: 1 } }),
    );
  });

  test('refuses a tampered body, a bad signature, a stale timestamp, a wrong token and a wrong key', () => {
    const body = JSON.stringify({
      encrypt: encryptFeishuEvent(v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7' }), ENCRYPT_KEY),
    });
    const good = signed(body);
    expect(refusal(() => parseFeishuEvent({ ...good, rawBody: body.replace('"}', '=="}') }, secrets)).reason).toBe(
      'signature_mismatch',
    );
    expect(refusal(() => parseFeishuEvent(signed(body, undefined, 'another-key'), secrets)).reason).toBe(
      'signature_mismatch',
    );
    expect(refusal(() => parseFeishuEvent({ rawBody: body, headers: {} }, secrets)).reason).toBe('missing_signature');
    expect(refusal(() => parseFeishuEvent(signed(body, String(NOW / 1000 - 301)), secrets)).reason).toBe(
      'stale_timestamp',
    );
    expect(parseFeishuEvent(signed(body, String(NOW / 1000 - 30)), { ...secrets, toleranceSeconds: 60 }).kind).toBe(
      'event',
    );
    const wrongToken = v2('corehr.pre_hire.updated_v1', {}, 'not-the-token');
    expect(
      refusal(() => parseFeishuEvent({ rawBody: wrongToken, headers: {} }, { verificationToken: TOKEN })).reason,
    ).toBe('token_mismatch');
    const wrongChallenge = JSON.stringify({ challenge: 'c', token: 'nope', type: 'url_verification' });
    expect(refusal(() => parseFeishuEvent({ rawBody: wrongChallenge, headers: {} }, secrets)).reason).toBe(
      'token_mismatch',
    );
    const otherKey = JSON.stringify({ encrypt: encryptFeishuEvent(v2('x', {}), 'another-key') });
    expect(refusal(() => parseFeishuEvent(signed(otherKey), secrets)).reason).toBe('decryption_failed');
    expect(refusal(() => parseFeishuEvent({ rawBody: 'not json', headers: {} }, secrets)).reason).toBe(
      'invalid_payload',
    );
    expect(refusal(() => parseFeishuEvent({ rawBody: body, headers: {} }, {})).reason).toBe('missing_secret');
  });
});

describe('sandbox pushes', () => {
  let harness: Harness | undefined;
  let receiver: Server | undefined;
  afterEach(async () => {
    await harness?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    harness = receiver = undefined;
  });

  async function listen(handle: (req: IncomingMessage, body: string) => FeishuEventResult) {
    const seen: FeishuEventResult[] = [];
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        try {
          const result = handle(req, body);
          seen.push(result);
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify(result.kind === 'challenge' ? result.response : {}));
        } catch {
          res.writeHead(401).end();
        }
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(receiver!.address() as AddressInfo).port}/events`, seen };
  }

  for (const encryptKey of [undefined, ENCRYPT_KEY]) {
    test(`an update pushes corehr.pre_hire.updated_v1 (${encryptKey ? 'encrypted and signed' : 'plain'})`, async () => {
      const { url, seen } = await listen((req, body) =>
        parseFeishuEvent({ rawBody: body, headers: req.headers }, { encryptKey, verificationToken: TOKEN }),
      );
      harness = await startHarness({}, { eventSubscription: { url, encryptKey, verificationToken: TOKEN } });
      expect((await harness.state.events.verifyUrl()).status).toBe(200);
      await harness.client.preHires.patchV2('7140964208476371', {
        offer_info_update: { onboarding_date: '2026-05-04' },
      });
      await harness.state.events.flush();
      expect(harness.state.events.deliveries.map((d) => d.status)).toEqual([200]);
      expect(seen.at(-1)).toMatchObject({
        kind: 'event',
        type: 'corehr.pre_hire.updated_v1',
        event: { pre_hire_id: '7140964208476371', field_changes: ['onboarding_date'] },
      });
    });
  }

  test('a receiver with another Encrypt Key refuses the push with 401', async () => {
    const { url } = await listen((req, body) =>
      parseFeishuEvent(
        { rawBody: body, headers: req.headers },
        { encryptKey: 'another-key', verificationToken: TOKEN },
      ),
    );
    harness = await startHarness({}, { eventSubscription: { url, encryptKey: ENCRYPT_KEY, verificationToken: TOKEN } });
    await harness.client.preHires.withdrawOnboarding({ pre_hire_id: '7140964208476371', withdraw_reason: 'declined' });
    await harness.state.events.flush();
    expect(harness.state.events.deliveries.map((d) => d.status)).toEqual([401]);
  });
});
