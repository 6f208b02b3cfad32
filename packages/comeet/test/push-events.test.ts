import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { HRError } from '@hr/core';
import { JwtAuth } from '@hr/core/internal';
import { MemorySeenStore } from '@hr/core/webhooks';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type ComeetWebhookEvent,
  type ComeetWebhookOptions,
  WebhookVerificationError,
  parseComeetWebhook,
  signHireWebhook,
} from '../src/webhooks.js';
import { type ComeetSandbox, createComeetSandbox } from '../src/testing.js';

const SECRET_KEY = 'comeet-webhook-secret-91d2';
const PARTNER_SECRET = 'comeet-partner-secret-6a0f';
const API_KEY = 'acme-api-key-33c1';
const bearer = async (secret = PARTNER_SECRET, iss = API_KEY) =>
  `Bearer ${await new JwtAuth({ secret, claims: { iss } }).getToken()}`;

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('parseComeetWebhook', () => {
  const position = JSON.stringify({ uid: '87.405', name: 'Account Executive, Austin', status: 'open', brand_new: 1 });
  const options = (extra: Partial<ComeetWebhookOptions> = {}): ComeetWebhookOptions => ({
    secretKey: SECRET_KEY,
    partnerSecret: PARTNER_SECRET,
    seenStore: new MemorySeenStore(),
    ...extra,
  });

  test('position events: typed by method, authenticated by the partner token (as Comeet documents partner calls)', async () => {
    const created = await parseComeetWebhook(
      { method: 'post', rawBody: position, headers: { Authorization: await bearer() } },
      options(),
    );
    expect(created).toMatchObject({
      type: 'position.created',
      position: { uid: '87.405', status: 'open', brand_new: 1 },
      authenticatedBy: { signature: false, partnerToken: { apiKey: API_KEY } },
    });
    const updated = await parseComeetWebhook(
      { method: 'PUT', rawBody: position, authorization: await bearer() },
      options(),
    );
    expect(updated.type).toBe('position.updated');
    const gone = '{"uid":"87.405"}';
    expect(
      await parseComeetWebhook({ method: 'DELETE', rawBody: gone, authorization: await bearer() }, options()),
    ).toMatchObject({ type: 'position.deleted', uid: '87.405' });
  });

  test('a position push without the undocumented Hires signature is accepted; the signature is required only when you say so', async () => {
    const push = { method: 'PUT', rawBody: position, authorization: await bearer() };
    expect((await parseComeetWebhook(push, options({ partnerSecret: PARTNER_SECRET }))).type).toBe('position.updated');
    const signedOnly = { method: 'PUT', rawBody: position, signature: signHireWebhook(position, SECRET_KEY) };
    expect((await refusal(parseComeetWebhook(signedOnly, options()))).reason).toBe('unauthenticated');
    expect((await parseComeetWebhook(signedOnly, options({ positionAuth: 'signature' }))).type).toBe(
      'position.updated',
    );
    expect((await parseComeetWebhook(push, options({ positionAuth: 'either' }))).type).toBe('position.updated');
    expect((await refusal(parseComeetWebhook(push, options({ positionAuth: 'signature' })))).reason).toBe(
      'unauthenticated',
    );
  });

  test('a hire needs the Hires signature: a partner token alone does not do', async () => {
    const hire = JSON.stringify({ comeet_id: '19E.98', first_name: 'Bobby' });
    const signed = { method: 'POST', rawBody: hire, signature: signHireWebhook(hire, SECRET_KEY) };
    expect(await parseComeetWebhook(signed, options())).toMatchObject({
      type: 'hire',
      candidate: { comeet_id: '19E.98' },
    });
    const tokenOnly = { method: 'POST', rawBody: hire, authorization: await bearer() };
    expect((await refusal(parseComeetWebhook(tokenOnly, options()))).reason).toBe('unauthenticated');
  });

  test('every credential a push carries must verify, and every failure is the one refusal', async () => {
    const pretty = JSON.stringify(JSON.parse(position), null, 2);
    const signature = signHireWebhook(pretty, SECRET_KEY);
    const good = await bearer();
    const failures = [
      { method: 'PUT', rawBody: pretty.replace('Austin', 'Boston'), signature },
      { method: 'PUT', rawBody: JSON.stringify(JSON.parse(pretty)), signature },
      { method: 'PUT', rawBody: pretty, signature: 'sha256 00' },
      { method: 'PUT', rawBody: pretty, signature: 'garbage', authorization: good },
      { method: 'PUT', rawBody: pretty, authorization: await bearer('someone-else') },
      { method: 'PUT', rawBody: pretty, authorization: await bearer(PARTNER_SECRET, '') },
      { method: 'PUT', rawBody: pretty, authorization: good.slice('Bearer '.length) },
      { method: 'PUT', rawBody: pretty, authorization: 'Bearer not.a.jwt' },
      { method: 'PUT', rawBody: pretty },
    ];
    for (const push of failures) {
      const error = await refusal(parseComeetWebhook(push, options()));
      expect([error.reason, error.message, error.cause]).toEqual([
        'unauthenticated',
        'comeet push refused (unauthenticated): the push could not be authenticated',
        undefined,
      ]);
    }
    const otherAccount = { method: 'PUT', rawBody: pretty, authorization: good };
    expect((await refusal(parseComeetWebhook(otherAccount, options({ expectedApiKey: 'other' })))).reason).toBe(
      'unauthenticated',
    );
  });

  test('an authenticated body that is not JSON or not the model is invalid_payload; no options is an HRError', async () => {
    for (const body of ['{"uid":', '{"uid":{"x":1}}'])
      expect(
        (await refusal(parseComeetWebhook({ method: 'PUT', rawBody: body, authorization: await bearer() }, options())))
          .reason,
      ).toBe('invalid_payload');
    await expect(parseComeetWebhook({ method: 'PUT', rawBody: position }, {})).rejects.toThrow(HRError);
  });

  test('position created body replayed as DELETE is refused, and so is any body already accepted', async () => {
    const seenStore = new MemorySeenStore();
    const authorization = await bearer();
    const created = await parseComeetWebhook(
      { method: 'POST', rawBody: position, authorization },
      options({ seenStore }),
    );
    expect(created.seenKey).toMatch(/^comeet:sha256:[0-9a-f]{64}$/);
    for (const method of ['DELETE', 'PUT', 'POST'])
      expect(
        (await refusal(parseComeetWebhook({ method, rawBody: position, authorization }, options({ seenStore }))))
          .reason,
      ).toBe('replayed');
    await seenStore.release(created.seenKey!);
    expect(
      (await parseComeetWebhook({ method: 'POST', rawBody: position, authorization }, options({ seenStore }))).type,
    ).toBe('position.created');
  });

  test('an unrecognised push is authenticated and kept raw; errors carry no secret', async () => {
    const body = '{"event":"offer.sent","offer":{"id":3}}';
    expect(
      await parseComeetWebhook(
        { method: 'POST', rawBody: body, signature: signHireWebhook(body, SECRET_KEY) },
        options(),
      ),
    ).toMatchObject({ type: 'unknown', method: 'POST', body: { event: 'offer.sent', offer: { id: 3 } } });
    const token = await bearer();
    const error = await refusal(
      parseComeetWebhook(
        { method: 'POST', rawBody: `${body} `, signature: signHireWebhook(body, SECRET_KEY), authorization: token },
        options(),
      ),
    );
    const text = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: 10 })}`;
    for (const secret of [SECRET_KEY, PARTNER_SECRET, token.slice(7), signHireWebhook(body, SECRET_KEY).slice(7)])
      expect(text).not.toContain(secret);
  });
});

describe('the sandbox pushes position events (partner token) and hires (signature) over loopback', () => {
  let sandbox: ComeetSandbox;
  let server: Server;
  let received: ComeetWebhookEvent[];
  let options: ComeetWebhookOptions;

  beforeEach(async () => {
    sandbox = createComeetSandbox();
    received = [];
    options = { secretKey: SECRET_KEY, partnerSecret: sandbox.state.secret, seenStore: new MemorySeenStore() };
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      try {
        received.push(
          await parseComeetWebhook(
            { method: request.method ?? 'POST', rawBody: Buffer.concat(chunks), headers: request.headers },
            options,
          ),
        );
        response.writeHead(200).end();
      } catch {
        response.writeHead(401).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sandbox.webhooks.register(`http://127.0.0.1:${(server.address() as AddressInfo).port}/comeet`, SECRET_KEY);
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('created, updated and deleted positions, then a hire', async () => {
    sandbox.state.positions.get('22.22')!['status'] = 'on hold';
    for (const event of ['created', 'updated', 'deleted'] as const) {
      expect((await sandbox.webhooks.pushPosition(event, '22.22')).status).toBe(200);
    }
    const candidate = sandbox.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck' },
      new Date(),
    );
    expect((await sandbox.webhooks.pushHire(candidate.uid)).status).toBe(200);
    expect(received.map((e) => e.type)).toEqual(['position.created', 'position.updated', 'position.deleted', 'hire']);
    const updated = received[1]!;
    if (updated.type !== 'position.updated') throw new Error('unreachable');
    expect(updated.position).toMatchObject({ uid: '22.22', status: 'on hold', department: 'Sales' });
    expect(updated.authenticatedBy.partnerToken?.apiKey).toBe(sandbox.state.apiKey);
    expect(received[2]).toMatchObject({ method: 'DELETE', uid: '22.22' });
    expect(sandbox.state.positions.has('22.22')).toBe(false);
    const hire = received[3]!;
    if (hire.type !== 'hire') throw new Error('unreachable');
    expect(hire.candidate).toMatchObject({
      comeet_id: candidate.uid,
      first_name: 'Bobby',
      position: { comeet_id: '11.11' },
    });
  });

  test('a position push signed with the Hires signature, when the endpoint asks for it', async () => {
    options.positionAuth = 'signature';
    expect((await sandbox.webhooks.pushPosition('updated', '11.11', { auth: 'signature' })).status).toBe(200);
    expect((await sandbox.webhooks.pushPosition('updated', '11.11')).status).toBe(401);
  });

  test('a forged, an unauthenticated and a replayed push get 401 and are not acted on', async () => {
    const good = await sandbox.webhooks.pushPosition('created', '11.11');
    const forged = await sandbox.webhooks.send('PUT', good.body, '', await bearer('not-the-partner-secret'));
    const unsigned = await sandbox.webhooks.send('PUT', good.body, '');
    const asDeletion = await sandbox.webhooks.send('DELETE', good.body, '', good.authorization);
    expect([good.status, forged.status, unsigned.status, asDeletion.status]).toEqual([200, 401, 401, 401]);
    expect(received).toHaveLength(1);
  });
});
