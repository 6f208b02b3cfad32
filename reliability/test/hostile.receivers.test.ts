import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HRError } from '@hr/core';
import { JwtAuth } from '@hr/core/internal';
import { MemorySeenStore } from '@hr/core/webhooks';
import { parseComeetWebhook, signHireWebhook } from '@hr/comeet/webhooks';
import {
  type FeishuEventOptions,
  encryptFeishuEvent,
  parseFeishuEvent,
  signFeishuEvent,
} from '@hr/feishu-corehr/events';
import { parseMokaWebhook, signMokaWebhook } from '@hr/moka/webhooks';
import { type Answer, type Receiver, median, startReceiver } from './support/receiver.js';

/**
 * Attack: hostile senders on the push endpoints. Anyone can POST to a receiver, and may hold a push
 * captured earlier. A receiver must not act as a decryption oracle (no answer, and no amount of work,
 * may depend on whether an unauthenticated ciphertext decrypts), must refuse a push it already
 * accepted however it is re-wrapped, must not let a method rewrite what a captured body means, and
 * must not drop a genuine re-delivery.
 */

// Count the decryptions the receivers make: a spy around node's createDecipheriv.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  const spied = vi.fn(actual.createDecipheriv);
  return { ...actual, createDecipheriv: spied, default: { ...actual, createDecipheriv: spied } };
});

const ENCRYPT_KEY = 'reliability-encrypt-key-0a1b';
const TOKEN = 'reliability-verification-token-2c3d';
const UNAUTHENTICATED = {
  reason: 'unauthenticated',
  message: 'feishu-corehr push refused (unauthenticated): the push could not be authenticated',
  cause: 'undefined',
};

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  vi.restoreAllMocks();
});

const feishuOptions = (extra: Partial<FeishuEventOptions> = {}): FeishuEventOptions => ({
  encryptKey: ENCRYPT_KEY,
  verificationToken: TOKEN,
  seenStore: new MemorySeenStore(),
  ...extra,
});

const feishuReceiver = (options: FeishuEventOptions) =>
  startReceiver(({ rawBody, headers }) => parseFeishuEvent({ rawBody, headers }, options));

function v2Event(id = randomBytes(8).toString('hex')) {
  return JSON.stringify({
    schema: '2.0',
    header: { event_id: id, event_type: 'corehr.pre_hire.updated_v1', token: TOKEN, tenant_key: 't-1' },
    event: { pre_hire_id: '7140964208476371', field_changes: ['hire_date'] },
  });
}

/** A push as Feishu sends it: encrypted, signed at `seconds` (default now). */
function feishuPush(plaintext: string, seconds = Math.floor(Date.now() / 1000)) {
  const body = JSON.stringify({ encrypt: encryptFeishuEvent(plaintext, ENCRYPT_KEY) });
  const timestamp = String(seconds);
  const nonce = randomBytes(6).toString('hex');
  return {
    body,
    headers: {
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': signFeishuEvent(timestamp, nonce, ENCRYPT_KEY, body),
    },
  };
}

/** Whether `encrypt` decrypts with intact PKCS#7 padding under the test's key (what the attacker wants to learn). */
function paddingIntact(encrypt: string): boolean {
  const bytes = Buffer.from(encrypt, 'base64');
  if (bytes.length < 32 || bytes.length % 16 !== 0) return false;
  const key = createHash('sha256').update(ENCRYPT_KEY).digest();
  const decipher = createDecipheriv('aes-256-cbc', key, bytes.subarray(0, 16));
  try {
    Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The probes of a CBC padding oracle attack on the last block of a captured push: that block after
 * every value of the byte before it (one or more of them decrypt with intact padding), plus damaged
 * values (bad base64, a short value, garbage).
 */
function paddingProbes(): string[] {
  const captured = Buffer.from((JSON.parse(feishuPush(v2Event()).body) as { encrypt: string }).encrypt, 'base64');
  const target = captured.subarray(captured.length - 16);
  const probes = Array.from({ length: 256 }, (_, byte) => {
    const previous = Buffer.alloc(16, 0x41);
    previous[15] = byte;
    return Buffer.concat([previous, target]).toString('base64');
  });
  return [...probes, '%%%not-base64%%%', Buffer.alloc(16).toString('base64'), randomBytes(48).toString('base64')];
}

describe('Feishu: no decryption oracle', () => {
  test('padding oracle: every undecryptable push gets the same answer', async () => {
    const probes = paddingProbes();
    expect(probes.filter(paddingIntact).length).toBeGreaterThan(0); // both kinds of probe are sent
    expect(probes.filter((probe) => !paddingIntact(probe)).length).toBeGreaterThan(200);
    const badSignature = {
      'x-lark-request-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-lark-request-nonce': 'n',
      'x-lark-signature': 'f'.repeat(64),
    };
    // Even with the one unauthenticated path open (an unsigned URL verification), nothing differs.
    for (const acceptUnsignedChallenge of [false, true]) {
      receiver = await feishuReceiver(feishuOptions({ acceptUnsignedChallenge }));
      const answers = new Set<string>();
      for (const probe of probes) {
        const body = JSON.stringify({ encrypt: probe });
        answers.add(JSON.stringify(await receiver.send(body)));
        answers.add(JSON.stringify(await receiver.send(body, badSignature)));
      }
      answers.add(JSON.stringify(await receiver.send('not json')));
      expect([...answers]).toEqual([
        JSON.stringify({ status: 401, body: JSON.stringify(UNAUTHENTICATED) } satisfies Answer),
      ]);
      await receiver.close();
      receiver = undefined;
    }
  });

  test('decrypt only after authentication: no unauthenticated push is decrypted', async () => {
    const decryptions = vi.mocked(createDecipheriv);
    const probes = paddingProbes().slice(0, 64);
    decryptions.mockClear();
    for (const probe of probes) {
      const body = JSON.stringify({ encrypt: probe });
      const forged = { ...feishuPush(v2Event()).headers };
      await expect(parseFeishuEvent({ rawBody: body, headers: {} }, feishuOptions())).rejects.toThrow(
        'unauthenticated',
      );
      await expect(parseFeishuEvent({ rawBody: body, headers: forged }, feishuOptions())).rejects.toThrow(
        'unauthenticated',
      );
      // A receiver without an Encrypt Key can authenticate nothing encrypted, and decrypts nothing.
      await expect(parseFeishuEvent({ rawBody: body, headers: {} }, { verificationToken: TOKEN })).rejects.toThrow(
        'unauthenticated',
      );
    }
    expect(decryptions).not.toHaveBeenCalled();
    const genuine = feishuPush(v2Event());
    await parseFeishuEvent({ rawBody: genuine.body, headers: genuine.headers }, feishuOptions());
    expect(decryptions).toHaveBeenCalledTimes(1);
  });

  test('timing: an unsigned challenge path does the same work whatever the padding (operations counted, loopback medians compared)', async () => {
    const probes = paddingProbes().slice(0, 256);
    const intact = probes.filter(paddingIntact);
    const broken = probes.filter((probe) => !paddingIntact(probe));
    // Intact padding with garbage inside, as many as the broken ones: the oracle's "yes" answers.
    while (intact.length < 32) intact.push(encryptFeishuEvent(randomBytes(20).toString('latin1'), ENCRYPT_KEY));
    const options = feishuOptions({ acceptUnsignedChallenge: true });
    const decryptions = vi.mocked(createDecipheriv);
    const parses = vi.spyOn(JSON, 'parse');
    const work = async (probe: string) => {
      decryptions.mockClear();
      parses.mockClear();
      await parseFeishuEvent({ rawBody: JSON.stringify({ encrypt: probe }), headers: {} }, options).catch(
        () => undefined,
      );
      return `${decryptions.mock.calls.length} decryption(s), ${parses.mock.calls.length} JSON parse(s)`;
    };
    const counted = new Set<string>();
    for (const probe of [...intact.slice(0, 32), ...broken.slice(0, 32)]) counted.add(await work(probe));
    expect([...counted]).toEqual(['1 decryption(s), 2 JSON parse(s)']);
    parses.mockRestore();

    receiver = await feishuReceiver(options);
    const timings: Record<'intact' | 'broken', number[]> = { intact: [], broken: [] };
    const timed = async (kind: 'intact' | 'broken', probe: string) => {
      const started = process.hrtime.bigint();
      await receiver!.send(JSON.stringify({ encrypt: probe }));
      timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
    };
    for (let round = 0; round < 220; round++) {
      const pair: ['intact' | 'broken', string][] = [
        ['intact', intact[round % intact.length]!],
        ['broken', broken[round % broken.length]!],
      ];
      if (round % 2) pair.reverse(); // interleaved, alternating order: load changes hit both alike
      for (const [kind, probe] of pair) await timed(kind, probe);
    }
    const [a, b] = [median(timings.intact.slice(20)), median(timings.broken.slice(20))];
    // A generous bound (within 1 ms or a factor of two) for a busy 2-core machine: the work is the
    // same (counted above), only scheduling noise differs, and it moves either way between runs.
    expect(Math.abs(a - b), `medians ${a.toFixed(3)} ms vs ${b.toFixed(3)} ms`).toBeLessThan(
      Math.max(1, Math.min(a, b)),
    );
  });

  test('echo oracle: an unsigned challenge is echoed only with the right token and a plain challenge value', async () => {
    receiver = await feishuReceiver(feishuOptions({ acceptUnsignedChallenge: true }));
    const challenge = (value: string, token = TOKEN) =>
      JSON.stringify({
        encrypt: encryptFeishuEvent(JSON.stringify({ challenge: value, token, type: 'url_verification' }), ENCRYPT_KEY),
      });
    expect(await receiver.send(challenge('1b6aef1a-401f-406a-be41-f48911eabcef'))).toEqual({
      status: 200,
      body: '{"ok":true}',
    });
    for (const body of [
      challenge('plain', 'guessed-token'),
      challenge('"spliced":"bytes\u0001'),
      challenge('x'.repeat(129)),
    ])
      expect(await receiver.send(body)).toEqual({ status: 401, body: JSON.stringify(UNAUTHENTICATED) });
  });
});

describe('replays', () => {
  test('replayed event id is refused: Feishu, however the push is re-encrypted and re-signed', async () => {
    receiver = await feishuReceiver(feishuOptions());
    const event = v2Event();
    const captured = feishuPush(event);
    expect((await receiver.send(captured.body, captured.headers)).status).toBe(200);
    const replayed = await receiver.send(captured.body, captured.headers);
    const rewrapped = feishuPush(event, Math.floor(Date.now() / 1000) + 5);
    const again = await receiver.send(rewrapped.body, rewrapped.headers);
    for (const answer of [replayed, again])
      expect(answer).toMatchObject({ status: 401, body: expect.stringContaining('"reason":"replayed"') });
  });

  test('replayed event id is refused: a Feishu v1 event (uuid)', async () => {
    receiver = await feishuReceiver(feishuOptions());
    const ticket = JSON.stringify({
      uuid: 'u-42',
      token: TOKEN,
      ts: '1',
      type: 'event_callback',
      event: { type: 'app_ticket', app_ticket: 't' },
    });
    const first = feishuPush(ticket);
    expect((await receiver.send(first.body, first.headers)).status).toBe(200);
    const replay = feishuPush(ticket);
    expect((await receiver.send(replay.body, replay.headers)).body).toContain('"reason":"replayed"');
  });

  test('replayed event id is refused: a Moka push id, even re-serialized and signed again', async () => {
    const signingKey = 'reliability-moka-key';
    const options = { signingKey, seenStore: new MemorySeenStore() };
    receiver = await startReceiver(({ rawBody, url }) =>
      parseMokaWebhook({ rawBody, query: new URL(url, 'http://x').searchParams }, options),
    );
    const body = JSON.stringify({ id: 'push-7', event: 'pushCandidate', triggeredAt: 1, data: 'encrypted-hex' });
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    expect((await receiver.send(body, {}, 'POST', `/?sign=${signMokaWebhook(body, signingKey)}`)).status).toBe(200);
    for (const raw of [body, pretty])
      expect((await receiver.send(raw, {}, 'POST', `/?sign=${signMokaWebhook(raw, signingKey)}`)).body).toContain(
        '"reason":"replayed"',
      );
  });

  test('replayed hire is refused: a Comeet hire body', async () => {
    const secretKey = 'reliability-comeet-key';
    const options = { secretKey, seenStore: new MemorySeenStore() };
    receiver = await startReceiver(({ method, rawBody, headers }) =>
      parseComeetWebhook({ method, rawBody, headers }, options),
    );
    const hire = JSON.stringify({ comeet_id: '19E.98', first_name: 'Bobby' });
    const signature = signHireWebhook(hire, secretKey);
    expect((await receiver.send(hire, { signature })).status).toBe(200);
    expect((await receiver.send(hire, { signature })).body).toContain('"reason":"replayed"');
  });

  test('position created body replayed as DELETE is refused', async () => {
    const partnerSecret = 'reliability-partner-secret';
    const options = { partnerSecret, seenStore: new MemorySeenStore() };
    receiver = await startReceiver(({ method, rawBody, headers }) =>
      parseComeetWebhook({ method, rawBody, headers }, options),
    );
    const authorization = `Bearer ${await new JwtAuth({ secret: partnerSecret, claims: { iss: 'acme' } }).getToken()}`;
    const created = JSON.stringify({ uid: '87.405', name: 'Account Executive, Austin', status: 'open' });
    expect((await receiver.send(created, { authorization }, 'POST')).status).toBe(200);
    for (const method of ['DELETE', 'PUT', 'POST'])
      expect(await receiver.send(created, { authorization }, method)).toMatchObject({
        status: 401,
        body: expect.stringContaining('"reason":"replayed"'),
      });
  });
});

describe('genuine pushes are not lost', () => {
  test("a re-delivery within Feishu's 7.1-hour retry schedule is not refused by a timestamp window", async () => {
    receiver = await feishuReceiver(feishuOptions());
    const late = feishuPush(v2Event(), Math.floor(Date.now() / 1000) - Math.round(7.1 * 3600));
    expect((await receiver.send(late.body, late.headers)).status).toBe(200);
  });

  test('ticket planting: only a signed push hands an app_ticket to the store app', async () => {
    const tickets: string[] = [];
    const client = {
      receiveAppTicket: async (event: { app_ticket?: string | null }) => void tickets.push(String(event.app_ticket)),
    };
    const ticket = (value: string) =>
      JSON.stringify({
        uuid: randomBytes(6).toString('hex'),
        token: TOKEN,
        type: 'event_callback',
        event: { type: 'app_ticket', app_ticket: value },
      });
    receiver = await feishuReceiver(feishuOptions({ appTicketClient: client, acceptUnsignedChallenge: true }));
    const unsigned = feishuPush(ticket('planted'));
    expect((await receiver.send(unsigned.body)).status).toBe(401);
    const signed = feishuPush(ticket('genuine'));
    expect((await receiver.send(signed.body, signed.headers)).status).toBe(200);
    expect(tickets).toEqual(['genuine']);
    await expect(
      parseFeishuEvent({ rawBody: ticket('x'), headers: {} }, { verificationToken: TOKEN, appTicketClient: client }),
    ).rejects.toThrow(HRError);
  });
});
