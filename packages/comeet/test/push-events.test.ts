import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type ComeetWebhookEvent,
  WebhookVerificationError,
  parseComeetWebhook,
  signHireWebhook,
} from '../src/webhooks.js';
import { type ComeetSandbox, createComeetSandbox } from '../src/testing.js';

const SECRET_KEY = 'comeet-webhook-secret-91d2';

describe('parseComeetWebhook', () => {
  const position = JSON.stringify({ uid: '87.405', name: 'Account Executive, Austin', status: 'open', brand_new: 1 });
  const signed = (body: string, key = SECRET_KEY) => signHireWebhook(body, key);
  const reasonOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(WebhookVerificationError);
      return (error as WebhookVerificationError).reason;
    }
    throw new Error('expected a WebhookVerificationError');
  };

  test('types position events by method, keeping unknown fields', () => {
    const created = parseComeetWebhook({
      method: 'post',
      rawBody: position,
      signature: signed(position),
      secretKey: SECRET_KEY,
    });
    expect(created).toMatchObject({
      type: 'position.created',
      position: { uid: '87.405', status: 'open', brand_new: 1 },
    });
    const updated = parseComeetWebhook({
      method: 'PUT',
      rawBody: position,
      signature: signed(position),
      secretKey: SECRET_KEY,
    });
    expect(updated.type).toBe('position.updated');
    const gone = '{"uid":"87.405"}';
    expect(
      parseComeetWebhook({
        method: 'DELETE',
        rawBody: gone,
        headers: { Signature: signed(gone) },
        secretKey: SECRET_KEY,
      }),
    ).toMatchObject({ type: 'position.deleted', uid: '87.405' });
  });

  test('refuses a tampered body, a wrong key, a re-serialized body and a missing signature', () => {
    const pretty = JSON.stringify(JSON.parse(position), null, 2);
    const signature = signed(pretty);
    const parse =
      (rawBody: string, sig: string | undefined, secretKey = SECRET_KEY) =>
      () =>
        parseComeetWebhook({ method: 'PUT', rawBody, signature: sig, secretKey });
    expect(reasonOf(parse(pretty.replace('Austin', 'Boston'), signature))).toBe('signature_mismatch');
    expect(reasonOf(parse(pretty, signature, 'wrong-key'))).toBe('signature_mismatch');
    expect(reasonOf(parse(JSON.stringify(JSON.parse(pretty)), signature))).toBe('signature_mismatch');
    expect(reasonOf(parse(pretty, undefined))).toBe('missing_signature');
    expect(reasonOf(parse('{"uid":', signed('{"uid":')))).toBe('invalid_payload');
    expect(reasonOf(parse('{"uid":{"x":1}}', signed('{"uid":{"x":1}}')))).toBe('invalid_payload');
  });

  test('an unrecognised push is verified and kept raw; errors carry no secret', () => {
    const body = '{"event":"offer.sent","offer":{"id":3}}';
    expect(
      parseComeetWebhook({ method: 'POST', rawBody: body, signature: signed(body), secretKey: SECRET_KEY }),
    ).toEqual({
      type: 'unknown',
      method: 'POST',
      body: { event: 'offer.sent', offer: { id: 3 } },
    });
    let error: unknown;
    try {
      parseComeetWebhook({ method: 'POST', rawBody: `${body} `, signature: signed(body), secretKey: SECRET_KEY });
    } catch (e) {
      error = e;
    }
    const text = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: 10 })}`;
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain(signed(body).slice(7));
  });
});

describe('the sandbox pushes signed position and hire events over loopback', () => {
  let sandbox: ComeetSandbox;
  let server: Server;
  let received: ComeetWebhookEvent[];

  beforeEach(async () => {
    sandbox = createComeetSandbox();
    received = [];
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      try {
        received.push(
          parseComeetWebhook({
            method: request.method ?? 'POST',
            rawBody: Buffer.concat(chunks),
            headers: request.headers,
            secretKey: SECRET_KEY,
          }),
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

  test('a forged push gets 401 and is not acted on', async () => {
    const good = await sandbox.webhooks.pushPosition('updated', '11.11');
    const forged = await sandbox.webhooks.send('PUT', good.body.replace('Automation QA', 'Hacked'), good.signature);
    const unsigned = await sandbox.webhooks.send('PUT', good.body, '');
    expect([good.status, forged.status, unsigned.status]).toEqual([200, 401, 401]);
    expect(received).toHaveLength(1);
  });
});
