import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { SignJWT } from 'jose';
import { HRError } from '@hr/core';
import { MemorySeenStore } from '@hr/core/webhooks';
import { describe, expect, test } from 'vitest';
import {
  WebhookVerificationError,
  parseHireWebhook,
  signHireWebhook,
  verifyHireWebhookSignature,
  verifyPartnerToken,
} from '../src/webhooks.js';

const SECRET_KEY = 'hire-webhook-secret-4e8a';
const PARTNER_SECRET = 'partner-secret-c0ffee-5b2d';
const API_KEY = 'acme-api-key-7f3a91';

const hire = JSON.stringify({
  comeet_id: '19E.98',
  person_uid: '05.E4A',
  first_name: 'Bobby',
  last_name: 'Chauck',
  hired_date: '2016-10-16',
  start_date: '2016-10-23',
  source: { name: 'JobmeHR', type: 'Agency', comeet_id: '101E.27' },
  files: [{ name: 'Offer letter.pdf', url: 'https://example.com/o', type: 'offer_letter' }],
  position: {
    comeet_id: '34D.98',
    name: 'Automation QA',
    employee_type: 'Headcount',
    hiring_manager: { email: 'hm@example.com' },
  },
  partner_questionnaire: [
    { uid: 3, answers: [{ uid: 1, title: 'Product' }] },
    { uid: 1, answers: ['Billy'] },
  ],
  brand_new_field: { kept: true },
});

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    return (error as WebhookVerificationError).reason;
  }
  throw new Error('expected a WebhookVerificationError');
}

async function reasonOfAsync(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('hire webhook signature', () => {
  test('signs as "sha256 <hex HMAC-SHA256 of the raw body>" (Comeet\'s documented recipe)', () => {
    const hex = createHmac('sha256', SECRET_KEY).update(hire).digest('hex');
    expect(signHireWebhook(hire, SECRET_KEY)).toBe(`sha256 ${hex}`);
  });

  test('accepts a good signature from the header (string or bytes body, any header case)', () => {
    const signature = signHireWebhook(hire, SECRET_KEY);
    expect(() =>
      verifyHireWebhookSignature({ rawBody: hire, secretKey: SECRET_KEY, headers: { Signature: signature } }),
    ).not.toThrow();
    expect(() =>
      verifyHireWebhookSignature({
        rawBody: Buffer.from(hire),
        secretKey: SECRET_KEY,
        headers: new Headers({ signature }),
      }),
    ).not.toThrow();
  });

  test('rejects a tampered body, a wrong secret, a missing or malformed or truncated signature: one refusal', () => {
    const signature = signHireWebhook(hire, SECRET_KEY);
    const tampered = hire.replace('Bobby', 'Robby');
    const hexOnly = signature.slice('sha256 '.length);
    for (const input of [
      { rawBody: tampered, secretKey: SECRET_KEY, signature },
      { rawBody: hire, secretKey: 'wrong-key', signature },
      { rawBody: hire, secretKey: SECRET_KEY, headers: {} },
      { rawBody: hire, secretKey: SECRET_KEY, signature: hexOnly },
      { rawBody: hire, secretKey: SECRET_KEY, signature: signature.slice(0, -2) },
    ])
      expect(reasonOf(() => verifyHireWebhookSignature(input))).toBe('unauthenticated');
    expect(() => verifyHireWebhookSignature({ rawBody: hire, secretKey: '', signature })).toThrow(HRError);
  });

  test('parseHireWebhook verifies, then returns the typed hire with unknown fields kept', async () => {
    const { candidate: payload } = await parseHireWebhook(
      { rawBody: hire, signature: signHireWebhook(hire, SECRET_KEY) },
      { secretKey: SECRET_KEY, seenStore: false },
    );
    expect(payload.comeet_id).toBe('19E.98');
    expect(payload.source?.type).toBe('Agency');
    expect(payload.position?.hiring_manager?.email).toBe('hm@example.com');
    expect(payload.partner_questionnaire?.[0]?.answers?.[0]).toEqual({ uid: 1, title: 'Product' });
    expect((payload as unknown as Record<string, unknown>).brand_new_field).toEqual({ kept: true });
  });

  test('parseHireWebhook refuses a tampered body before parsing, a signed non-candidate body, and a replay', async () => {
    const options = { secretKey: SECRET_KEY, seenStore: new MemorySeenStore() };
    const signature = signHireWebhook(hire, SECRET_KEY);
    expect((await reasonOfAsync(parseHireWebhook({ rawBody: `${hire} `, signature }, options))).reason).toBe(
      'unauthenticated',
    );
    const notCandidate = '{"hello":1}';
    expect(
      (
        await reasonOfAsync(
          parseHireWebhook({ rawBody: notCandidate, signature: signHireWebhook(notCandidate, SECRET_KEY) }, options),
        )
      ).reason,
    ).toBe('invalid_payload');
    await parseHireWebhook({ rawBody: hire, signature }, options);
    expect((await reasonOfAsync(parseHireWebhook({ rawBody: hire, signature }, options))).reason).toBe('replayed');
  });
});

describe('partner endpoint JWT', () => {
  const key = new TextEncoder().encode(PARTNER_SECRET);
  const mint = (exp: number, claims: Record<string, unknown> = { iss: API_KEY }, secret = key) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(exp).sign(secret);
  const now = () => Math.floor(Date.now() / 1000);

  test('accepts a token signed with the partner secret and returns the api key (iss)', async () => {
    const token = await mint(now() + 300);
    const verified = await verifyPartnerToken({
      secret: PARTNER_SECRET,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(verified.apiKey).toBe(API_KEY);
    expect(verified.claims.iss).toBe(API_KEY);
    await expect(
      verifyPartnerToken({ secret: PARTNER_SECRET, authorization: `Bearer ${token}`, expectedApiKey: API_KEY }),
    ).resolves.toBeTruthy();
  });

  test('tolerates small clock skew but rejects an expired token', async () => {
    await expect(
      verifyPartnerToken({ secret: PARTNER_SECRET, authorization: `Bearer ${await mint(now() - 10)}` }),
    ).resolves.toBeTruthy();
    const expired = await reasonOfAsync(
      verifyPartnerToken({ secret: PARTNER_SECRET, authorization: `Bearer ${await mint(now() - 120)}` }),
    );
    expect(expired.reason).toBe('unauthenticated');
  });

  test('rejects a wrong secret, another account, a missing iss or exp, alg none and malformed headers: one refusal', async () => {
    const forged = await mint(now() + 300, { iss: API_KEY }, new TextEncoder().encode('someone-else'));
    const good = await mint(now() + 300);
    const noIss = await mint(now() + 300, {});
    const noExp = await new SignJWT({ iss: API_KEY }).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64url({ alg: 'none' })}.${b64url({ iss: API_KEY, exp: now() + 300 })}.`;
    for (const input of [
      { authorization: `Bearer ${forged}` },
      { authorization: `Bearer ${good}`, expectedApiKey: 'other-key' },
      { authorization: `Bearer ${noIss}` },
      { authorization: `Bearer ${noExp}` },
      { authorization: `Bearer ${unsigned}` },
      { headers: {} },
      { authorization: good },
      { authorization: 'Bearer not.a.jwt' },
    ]) {
      const error = await reasonOfAsync(verifyPartnerToken({ secret: PARTNER_SECRET, ...input }));
      expect([error.reason, error.message]).toEqual([
        'unauthenticated',
        'comeet push refused (unauthenticated): the push could not be authenticated',
      ]);
    }
    await expect(verifyPartnerToken({ secret: '', authorization: `Bearer ${good}` })).rejects.toThrow(HRError);
  });

  test('verification errors never contain the secrets, the signature or the token', async () => {
    const token = await mint(now() - 600);
    const signature = signHireWebhook(hire, SECRET_KEY);
    const errors = [
      await verifyPartnerToken({ secret: PARTNER_SECRET, authorization: `Bearer ${token}` }).catch((e: unknown) => e),
      (() => {
        try {
          verifyHireWebhookSignature({ rawBody: 'tampered', secretKey: SECRET_KEY, signature });
        } catch (e) {
          return e;
        }
      })(),
    ];
    const text = errors
      .map((e) => `${JSON.stringify(e)}\n${inspect(e, { depth: 10 })}\n${(e as Error).stack}`)
      .join('\n');
    for (const secret of [PARTNER_SECRET, SECRET_KEY, token, signature.slice(7)]) expect(text).not.toContain(secret);
    expect(text).toContain('unauthenticated');
  });
});
