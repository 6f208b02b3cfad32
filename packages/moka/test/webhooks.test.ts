import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { HRError } from '@hr/core';
import { MemorySeenStore } from '@hr/core/webhooks';
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

async function refusalOf(run: () => Promise<unknown>): Promise<MokaWebhookVerificationError> {
  try {
    await run();
  } catch (error) {
    expect(MokaWebhookVerificationError.isInstance(error)).toBe(true);
    return error as MokaWebhookVerificationError;
  }
  throw new Error('expected a MokaWebhookVerificationError');
}
const reasonOf = async (run: () => Promise<unknown>) => (await refusalOf(run)).reason;
/** Options of a receiver with its own seen-store. */
const keyed = (signingKey = SIGNING_KEY) => ({ signingKey, seenStore: new MemorySeenStore() });

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

  it('reads sign from a query string, URLSearchParams or a record', async () => {
    const sign = signMokaWebhook(body, SIGNING_KEY);
    for (const query of [`?sign=${sign}`, new URLSearchParams({ sign }), { sign: [sign, 'ignored'] }]) {
      expect((await parseMokaWebhook({ rawBody: body, query }, keyed())).event).toBe('somethingNew');
    }
  });

  it('refuses before parsing with one refusal: missing / malformed / wrong sign, re-serialized body', async () => {
    const sign = signMokaWebhook(body, SIGNING_KEY);
    const parse =
      (rawBody: string, query: Record<string, string>, signingKey = SIGNING_KEY) =>
      () =>
        parseMokaWebhook({ rawBody, query }, keyed(signingKey));
    const pretty = JSON.stringify(JSON.parse(body), null, 1);
    for (const run of [
      parse(body, {}),
      parse(body, { sign: 'zz' }),
      parse(body, { sign }, 'wrong-key'),
      parse(`${body}\n`, { sign }),
      parse(JSON.stringify(JSON.parse(pretty)), { sign: signMokaWebhook(pretty, SIGNING_KEY) }),
      parse('not json', { sign: signMokaWebhook('not json', 'wrong-key') }),
    ]) {
      const error = await refusalOf(run);
      expect([error.reason, error.message, error.cause]).toEqual([
        'unauthenticated',
        'moka push refused (unauthenticated): the push could not be authenticated',
        undefined,
      ]);
    }
    await expect(parse(body, { sign }, '')()).rejects.toThrow(HRError);
    await expect(parse(body, { sign }, '')()).rejects.toThrow(/no signing key/);
  });

  it('refuses a signed body that is not a Moka envelope, or documented data of the wrong shape', async () => {
    for (const raw of ['not json', '[1]', '{"id":"1"}', '{"event":"pushCandidate","data":{"name":"no id"}}']) {
      const sign = signMokaWebhook(raw, SIGNING_KEY);
      expect(await reasonOf(() => parseMokaWebhook({ rawBody: raw, query: { sign } }, keyed()))).toBe(
        'invalid_payload',
      );
    }
  });

  it('refuses a replayed push id, even re-serialized and signed again; a push without id by its body', async () => {
    const options = keyed();
    const push = (raw: string) =>
      parseMokaWebhook({ rawBody: raw, query: { sign: signMokaWebhook(raw, SIGNING_KEY) } }, options);
    expect(await push(body)).toMatchObject({ id: 'p1', seenKey: 'moka:p1' });
    expect(await reasonOf(() => push(body))).toBe('replayed');
    expect(await reasonOf(() => push(JSON.stringify(JSON.parse(body), null, 2)))).toBe('replayed');
    const anonymous = JSON.stringify({ event: 'somethingNew', data: { x: 2 } });
    expect((await push(anonymous)).seenKey).toMatch(/^moka:sha256:[0-9a-f]{64}$/);
    expect(await reasonOf(() => push(anonymous))).toBe('replayed');
    const released = await push(JSON.stringify({ id: 'p2', event: 'x', data: {} }));
    await options.seenStore.release(released.seenKey!);
    expect((await push(JSON.stringify({ id: 'p2', event: 'x', data: {} }))).id).toBe('p2');
  });

  it('never puts the signing key or the signature in its errors', async () => {
    const sign = signMokaWebhook(body, SIGNING_KEY);
    const errors: unknown[] = [];
    for (const [rawBody, key] of [
      [`${body} `, SIGNING_KEY],
      [body, 'wrong-key-55aa'],
      ['x', SIGNING_KEY],
    ] as const) {
      try {
        await parseMokaWebhook(
          { rawBody, query: { sign: rawBody === 'x' ? signMokaWebhook('x', key) : sign } },
          keyed(key),
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
    expect(text).toContain('unauthenticated');
  });
});

describe('the sandbox pushes signed events to an endpoint over loopback', () => {
  let sandbox: MokaSandbox;
  let server: Server;
  let received: MokaWebhookEvent[];
  let url: string;

  let options: ReturnType<typeof keyed>;

  beforeEach(async () => {
    sandbox = createMokaSandbox();
    options = keyed();
    received = [];
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      try {
        received.push(await parseMokaWebhook({ rawBody: Buffer.concat(chunks), query }, options));
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

  it('the endpoint answers 401 to a tampered body, a replay, a wrong key and a missing sign, and acts on none', async () => {
    const [candidate] = sandbox.state.seedCandidates(1, 'offer');
    const good = await sandbox.webhooks.pushCandidate(candidate!.record.applicationId);
    const tampered = await sandbox.webhooks.send(
      'pushCandidate',
      good.body.replace('"name":"', '"name":"X'),
      good.sign,
    );
    expect(tampered).toMatchObject({ status: 401, responseBody: expect.stringContaining('unauthenticated') });
    expect((await sandbox.webhooks.send('pushCandidate', good.body, good.sign)).responseBody).toContain('replayed');
    sandbox.webhooks.register(url, 'some-other-key');
    expect((await sandbox.webhooks.pushCandidate(candidate!.record.applicationId)).responseBody).toContain(
      'unauthenticated',
    );
    expect((await sandbox.webhooks.send('pushCandidate', good.body, '')).responseBody).toContain('unauthenticated');
    expect(received).toHaveLength(1);
    expect(sandbox.webhooks.deliveries.map((d) => d.status)).toEqual([200, 401, 401, 401, 401]);
  });
});
