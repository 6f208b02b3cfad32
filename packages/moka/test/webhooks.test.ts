import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MokaWebhookVerificationError,
  type MokaWebhookEvent,
  parseMokaWebhook,
  signMokaWebhook,
  verifyMokaSignature,
} from '../src/webhooks.js';
import { createMokaSandbox, type MokaSandbox } from '../src/testing.js';

const SIGNING_KEY = 'moka-signing-key-3b7f0a';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(MokaWebhookVerificationError.isInstance(error)).toBe(true);
    return (error as MokaWebhookVerificationError).reason;
  }
  throw new Error('expected a MokaWebhookVerificationError');
}

describe('verifyMokaSignature', () => {
  const docBody = '{"name":"test","email":"test@mokahr.com"}';

  it("reproduces Moka's documented example (key qwer)", () => {
    const expected = '7d6981ccf0d789e29e4f5940fe9a7e9385d8a211ad44ecaaba335fb14dd2a32d';
    expect(signMokaWebhook(docBody, 'qwer')).toBe(expected);
    expect(verifyMokaSignature(docBody, expected, 'qwer')).toBe(true);
    expect(verifyMokaSignature(Buffer.from(docBody), expected.toUpperCase(), 'qwer')).toBe(true);
  });

  it('refuses a tampered body, a wrong key, a re-serialized body and a missing or malformed sign', () => {
    const pretty = JSON.stringify({ id: '1', event: 'pushCandidate', data: { name: '张三' } }, null, 2);
    const sign = signMokaWebhook(pretty, SIGNING_KEY);
    expect(verifyMokaSignature(pretty, sign, SIGNING_KEY)).toBe(true);
    expect(verifyMokaSignature(pretty.replace('张三', '李四'), sign, SIGNING_KEY)).toBe(false);
    expect(verifyMokaSignature(pretty, sign, 'another-key')).toBe(false);
    // Parsing and serializing again changes the bytes (spacing here): it must not verify.
    expect(verifyMokaSignature(JSON.stringify(JSON.parse(pretty)), sign, SIGNING_KEY)).toBe(false);
    expect(verifyMokaSignature(pretty, undefined, SIGNING_KEY)).toBe(false);
    expect(verifyMokaSignature(pretty, '', SIGNING_KEY)).toBe(false);
    expect(verifyMokaSignature(pretty, sign.slice(0, -2), SIGNING_KEY)).toBe(false);
    expect(verifyMokaSignature(pretty, `sha256=${sign}`, SIGNING_KEY)).toBe(false);
    expect(verifyMokaSignature(pretty, sign, '')).toBe(false);
  });
});

describe('parseMokaWebhook', () => {
  const body = JSON.stringify({ id: 'p1', event: 'somethingNew', triggeredAt: 1505296287, data: { x: 1 } });

  it('reads sign from a query string, URLSearchParams or a record', () => {
    const sign = signMokaWebhook(body, SIGNING_KEY);
    for (const query of [`?sign=${sign}`, new URLSearchParams({ sign }), { sign: [sign, 'ignored'] }]) {
      expect(parseMokaWebhook({ rawBody: body, query }, { signingKey: SIGNING_KEY }).event).toBe('somethingNew');
    }
  });

  it('refuses before parsing: missing key, missing / malformed / wrong sign, re-serialized body', () => {
    const sign = signMokaWebhook(body, SIGNING_KEY);
    const parse =
      (rawBody: string, query: Record<string, string>, signingKey = SIGNING_KEY) =>
      () =>
        parseMokaWebhook({ rawBody, query }, { signingKey });
    expect(reasonOf(parse(body, { sign }, ''))).toBe('missing_signing_key');
    expect(reasonOf(parse(body, {}))).toBe('missing_signature');
    expect(reasonOf(parse(body, { sign: 'zz' }))).toBe('malformed_signature');
    expect(reasonOf(parse(body, { sign }, 'wrong-key'))).toBe('signature_mismatch');
    expect(reasonOf(parse(`${body}\n`, { sign }))).toBe('signature_mismatch');
    const pretty = JSON.stringify(JSON.parse(body), null, 1);
    expect(reasonOf(parse(JSON.stringify(JSON.parse(pretty)), { sign: signMokaWebhook(pretty, SIGNING_KEY) }))).toBe(
      'signature_mismatch',
    );
  });

  it('refuses a signed body that is not a Moka envelope, or documented data of the wrong shape', () => {
    for (const raw of ['not json', '[1]', '{"id":"1"}', '{"event":"pushCandidate","data":{"name":"no id"}}']) {
      const sign = signMokaWebhook(raw, SIGNING_KEY);
      expect(reasonOf(() => parseMokaWebhook({ rawBody: raw, query: { sign } }, { signingKey: SIGNING_KEY }))).toBe(
        'invalid_payload',
      );
    }
  });

  it('never puts the signing key or the signature in its errors', () => {
    const sign = signMokaWebhook(body, SIGNING_KEY);
    const errors: unknown[] = [];
    for (const [rawBody, key] of [
      [`${body} `, SIGNING_KEY],
      [body, 'wrong-key-55aa'],
      ['x', SIGNING_KEY],
    ] as const) {
      try {
        parseMokaWebhook(
          { rawBody, query: { sign: rawBody === 'x' ? signMokaWebhook('x', key) : sign } },
          { signingKey: key },
        );
      } catch (error) {
        errors.push(error);
      }
    }
    expect(errors).toHaveLength(3);
    const text = errors.map((e) => `${String(e)}\n${JSON.stringify(e)}\n${inspect(e, { depth: 10 })}`).join('\n');
    expect(text).not.toContain(SIGNING_KEY);
    expect(text).not.toContain('wrong-key-55aa');
    expect(text).not.toContain(sign);
    expect(text).toContain('signature_mismatch');
  });
});

describe('the sandbox pushes signed events to an endpoint over loopback', () => {
  let sandbox: MokaSandbox;
  let server: Server;
  let received: MokaWebhookEvent[];
  let url: string;

  beforeEach(async () => {
    sandbox = createMokaSandbox();
    received = [];
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      try {
        received.push(parseMokaWebhook({ rawBody: Buffer.concat(chunks), query }, { signingKey: SIGNING_KEY }));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0,"msg":"success"}');
      } catch (error) {
        const reason = (error as MokaWebhookVerificationError).reason;
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 1, msg: reason }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/moka/webhooks`;
    sandbox.webhooks.register(url, SIGNING_KEY);
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('pushCandidate: the stored candidate, typed, with the operator', async () => {
    const [candidate] = sandbox.state.seedCandidates(1, 'pending_checkin');
    const delivery = await sandbox.webhooks.pushCandidate(candidate!.record.applicationId);
    expect(delivery.status).toBe(200);
    expect(delivery.url).toMatch(/\/moka\/webhooks\?sign=[0-9a-f]{64}$/);
    const event = received[0]!;
    expect(event.known && event.event).toBe('pushCandidate');
    if (!event.known || event.event !== 'pushCandidate') throw new Error('unreachable');
    expect(event.data.applicationId).toBe(candidate!.record.applicationId);
    expect(event.data.name).toBe(candidate!.record['name']);
    expect(event.data.job?.title).toBe((candidate!.record['job'] as { title: string }).title);
    expect(event.data.operator?.email).toBe('hr@example.com');
    expect(event.id).toMatch(/^sandbox-push-/);
    expect(typeof event.triggeredAt).toBe('number');
  });

  it('interview pushes: typed interviews with millisecond times', async () => {
    const [a, b] = sandbox.state.seedCandidates(2, 'offer');
    const ids = [a!.record.applicationId, b!.record.applicationId];
    for (const name of ['createInterviewsInfo', 'updateInterviewsInfo', 'deleteInterviewsInfo'] as const) {
      expect((await sandbox.webhooks.pushInterviews(name, ids)).status).toBe(200);
    }
    expect(received.map((e) => e.event)).toEqual([
      'createInterviewsInfo',
      'updateInterviewsInfo',
      'deleteInterviewsInfo',
    ]);
    const first = received[0]!;
    if (!first.known || first.event === 'pushCandidate') throw new Error('expected an interview event');
    expect(first.data.applicationIds).toEqual(ids);
    expect(first.data.interviews?.[0]?.interviewee?.map((p) => p.name)).toEqual([a!.record['name'], b!.record['name']]);
    expect(first.data.interviews?.[0]?.startTime).toBe(Date.parse('2024-03-01T02:00:00.000Z'));
  });

  it('an unknown event and an encrypted data field are verified and kept raw', async () => {
    await sandbox.webhooks.push('offerApproved', { offerId: 9, extra: [1, 2] });
    await sandbox.webhooks.push('pushCandidate', 'a1b2c3d4e5f6');
    expect(received).toHaveLength(2);
    expect(received[0]).toMatchObject({
      known: false,
      event: 'offerApproved',
      encrypted: false,
      data: { offerId: 9, extra: [1, 2] },
    });
    expect(received[1]).toMatchObject({ known: false, event: 'pushCandidate', encrypted: true, data: 'a1b2c3d4e5f6' });
  });

  it('the endpoint answers 401 to a tampered body, a wrong key and a missing sign, and acts on none', async () => {
    const [candidate] = sandbox.state.seedCandidates(1, 'offer');
    const good = await sandbox.webhooks.pushCandidate(candidate!.record.applicationId);
    const tampered = await sandbox.webhooks.send(
      'pushCandidate',
      good.body.replace('"name":"', '"name":"X'),
      good.sign,
    );
    expect(tampered).toMatchObject({ status: 401, responseBody: expect.stringContaining('signature_mismatch') });
    sandbox.webhooks.register(url, 'some-other-key');
    expect((await sandbox.webhooks.pushCandidate(candidate!.record.applicationId)).responseBody).toContain(
      'signature_mismatch',
    );
    expect((await sandbox.webhooks.send('pushCandidate', good.body, '')).responseBody).toContain('missing_signature');
    expect(received).toHaveLength(1);
    expect(sandbox.webhooks.deliveries.map((d) => d.status)).toEqual([200, 401, 401, 401]);
  });
});
