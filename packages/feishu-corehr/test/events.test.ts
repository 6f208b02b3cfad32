import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { HRError } from '@hr/core';
import { MemorySeenStore } from '@hr/core/webhooks';
import { afterEach, describe, expect, test } from 'vitest';
import {
  FeishuEventVerificationError,
  type FeishuEventOptions,
  type FeishuEventResult,
  acceptFeishuEvent,
  encryptFeishuEvent,
  parseFeishuEvent,
  signFeishuEvent,
  typeFeishuEvent,
} from '../src/events.js';
import { FeishuCoreHRClient } from '../src/index.js';
import { type Harness, startHarness, rejectionOf } from './setup.js';

const ENCRYPT_KEY = 'encrypt-key-7c1d-do-not-leak';
const TOKEN = 'verification-token-4b2e-do-not-leak';
const NOW = 1_760_000_000_000;
/** Options of a receiver with both secrets, its own seen-store and a fixed clock. */
const options = (extra: Partial<FeishuEventOptions> = {}): FeishuEventOptions => ({
  encryptKey: ENCRYPT_KEY,
  verificationToken: TOKEN,
  now: () => NOW,
  seenStore: new MemorySeenStore(),
  ...extra,
});

function signed(body: string, timestamp = String(NOW / 1000), key = ENCRYPT_KEY) {
  const nonce = randomUUID();
  return {
    rawBody: body,
    headers: {
      'X-Lark-Request-Timestamp': timestamp,
      'X-Lark-Request-Nonce': nonce,
      'X-Lark-Signature': signFeishuEvent(timestamp, nonce, key, body),
    },
  };
}

const v2 = (type: string, event: unknown, { token = TOKEN, id = randomUUID() as string } = {}) =>
  JSON.stringify({ schema: '2.0', header: { event_id: id, event_type: type, token, tenant_key: 't1' }, event });
const encrypted = (plaintext: string, key = ENCRYPT_KEY) =>
  JSON.stringify({ encrypt: encryptFeishuEvent(plaintext, key) });

/** The refusal of a parse; fails the test if it resolves or rejects with anything else. */
async function refusal(promise: Promise<unknown>): Promise<FeishuEventVerificationError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(FeishuEventVerificationError);
  const shown = `${(error as Error).message} ${JSON.stringify(error)} ${inspect(error)}`;
  expect(shown).not.toContain(ENCRYPT_KEY);
  expect(shown).not.toContain(TOKEN);
  return error as FeishuEventVerificationError;
}

describe('parseFeishuEvent: authentication', () => {
  test('answers a plain URL verification checked by the Verification Token (no Encrypt Key: nothing is signed)', async () => {
    const body = JSON.stringify({ challenge: 'ajls384kdjx98XX', token: TOKEN, type: 'url_verification' });
    expect(await parseFeishuEvent({ rawBody: body, headers: {} }, { verificationToken: TOKEN })).toEqual({
      kind: 'challenge',
      challenge: 'ajls384kdjx98XX',
      response: { challenge: 'ajls384kdjx98XX' },
    });
  });

  test('answers a signed, encrypted URL verification', async () => {
    const body = encrypted(JSON.stringify({ challenge: 'c-1', token: TOKEN, type: 'url_verification' }));
    expect(await parseFeishuEvent(signed(body), options())).toMatchObject({ kind: 'challenge', challenge: 'c-1' });
  });

  test('an unsigned, encrypted URL verification is answered only with acceptUnsignedChallenge, the right token and a plain challenge', async () => {
    const challenge = (value: string, token = TOKEN) =>
      encrypted(JSON.stringify({ challenge: value, token, type: 'url_verification' }));
    const unsigned = (body: string) => ({ rawBody: body, headers: {} });
    const uuid = '1b6aef1a-401f-406a-be41-f48911eabcef';
    expect((await refusal(parseFeishuEvent(unsigned(challenge(uuid)), options()))).reason).toBe('unauthenticated');
    const open = options({ acceptUnsignedChallenge: true });
    expect(await parseFeishuEvent(unsigned(challenge(uuid)), open)).toMatchObject({
      kind: 'challenge',
      challenge: uuid,
    });
    expect((await refusal(parseFeishuEvent(unsigned(challenge(uuid, 'nope')), open))).reason).toBe('unauthenticated');
    expect((await refusal(parseFeishuEvent(unsigned(challenge('a"b}{')), open))).reason).toBe('unauthenticated');
    // Only a challenge goes unsigned: an unsigned event is refused even with the option.
    const event = encrypted(v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7' }));
    expect((await refusal(parseFeishuEvent(unsigned(event), open))).reason).toBe('unauthenticated');
  });

  test('decrypts and types a signed pre-hire event; its id is the event_id', async () => {
    const body = encrypted(
      v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7', field_changes: ['hire_date'] }, { id: 'e-7' }),
    );
    const result = await parseFeishuEvent(signed(body), options());
    expect(result).toMatchObject({
      kind: 'event',
      id: 'e-7',
      seenKey: 'feishu:e-7',
      type: 'corehr.pre_hire.updated_v1',
      event: { pre_hire_id: '7' },
      header: { tenant_key: 't1' },
    });
  });

  test('types a plain onboarding-task event and a v1 app_ticket event (id: its uuid)', async () => {
    const plain = (rawBody: string) =>
      parseFeishuEvent({ rawBody, headers: {} }, { verificationToken: TOKEN, seenStore: false });
    const task = await plain(
      v2('corehr.pre_hire.onboarding_task_changed_v2', {
        pre_hire_id: '8',
        onboarding_task_changes: [{ task_code: '1', after_status: 'completed' }],
      }),
    );
    expect(task).toMatchObject({ kind: 'event', type: 'corehr.pre_hire.onboarding_task_changed_v2' });
    const ticket = await plain(
      JSON.stringify({
        uuid: 'u-1',
        token: TOKEN,
        ts: '1',
        type: 'event_callback',
        event: { app_id: 'cli_1', app_ticket: 'tk', type: 'app_ticket' },
      }),
    );
    expect(ticket).toMatchObject({ kind: 'event', id: 'u-1', type: 'app_ticket', event: { app_ticket: 'tk' } });
  });

  test('keeps an unknown event type raw', async () => {
    const result = await parseFeishuEvent(
      { rawBody: v2('corehr.employee.domain_event_v2', { x: 1 }), headers: {} },
      { verificationToken: TOKEN, seenStore: false },
    );
    expect(result).toEqual(
      expect.objectContaining({ kind: 'unknown_event', type: 'corehr.employee.domain_event_v2', event: { x: 1 } }),
    );
  });

  test('every way a push can fail authentication gets the one refusal: same reason, same message, no cause', async () => {
    const good = encrypted(v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7' }));
    const twoBlocks = Buffer.alloc(32, 7).toString('base64'); // decrypts to garbage with a broken padding
    const garbage = (text: string) => JSON.stringify({ encrypt: Buffer.from(text).toString('base64') });
    const failures: [string, Promise<unknown>][] = [
      ['tampered body', parseFeishuEvent({ ...signed(good), rawBody: good.replace('"}', '=="}') }, options())],
      ['signed with another key', parseFeishuEvent(signed(good, undefined, 'another-key'), options())],
      ['no signature', parseFeishuEvent({ rawBody: good, headers: {} }, options())],
      ['a day old', parseFeishuEvent(signed(good, String(NOW / 1000 - 86_400)), options())],
      ['wrong token', parseFeishuEvent(signed(encrypted(v2('x', {}, { token: 'nope' }))), options())],
      ['encrypted with another key', parseFeishuEvent(signed(encrypted(v2('x', {}), 'another-key')), options())],
      ['bad base64', parseFeishuEvent(signed(JSON.stringify({ encrypt: '%%%%' })), options())],
      ['bad padding', parseFeishuEvent(signed(JSON.stringify({ encrypt: twoBlocks })), options())],
      ['short cipher text', parseFeishuEvent(signed(garbage('sixteen bytes!!!')), options())],
      ['not JSON', parseFeishuEvent(signed('not json'), options())],
      ['decrypts to not JSON', parseFeishuEvent(signed(encrypted('not json')), options())],
      [
        'encrypted, token-only receiver',
        parseFeishuEvent({ rawBody: good, headers: {} }, { verificationToken: TOKEN }),
      ],
      [
        'wrong token, token-only',
        parseFeishuEvent({ rawBody: v2('x', {}, { token: 'no' }), headers: {} }, { verificationToken: TOKEN }),
      ],
    ];
    for (const [what, promise] of failures) {
      const error = await refusal(promise);
      expect({ what, reason: error.reason, message: error.message, cause: error.cause }).toEqual({
        what,
        reason: 'unauthenticated',
        message: 'feishu-corehr push refused (unauthenticated): the push could not be authenticated',
        cause: undefined,
      });
    }
  });

  test('a push Feishu re-delivers 7.1 hours later is accepted; the window is 12 hours either way, or what you set', async () => {
    const body = () => encrypted(v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7' }));
    const ago = (seconds: number) => String(NOW / 1000 - seconds);
    expect((await parseFeishuEvent(signed(body(), ago(7.2 * 3600)), options())).kind).toBe('event');
    expect((await parseFeishuEvent(signed(body(), ago(-11 * 3600)), options())).kind).toBe('event');
    expect((await refusal(parseFeishuEvent(signed(body(), ago(12 * 3600 + 1)), options()))).reason).toBe(
      'unauthenticated',
    );
    expect((await refusal(parseFeishuEvent(signed(body(), ago(61)), options({ toleranceSeconds: 60 })))).reason).toBe(
      'unauthenticated',
    );
  });

  test('a mistake in the options is an HRError saying what to fix, not a refusal', async () => {
    const body = encrypted(v2('x', {}));
    for (const [bad, rule] of [
      [{}, /Encrypt Key or the Verification Token/],
      [{ verificationToken: TOKEN, acceptUnsignedChallenge: true }, /acceptUnsignedChallenge/],
      [{ encryptKey: ENCRYPT_KEY, toleranceSeconds: 0 }, /toleranceSeconds/],
      [{ verificationToken: TOKEN, appTicketClient: { receiveAppTicket: async () => undefined } }, /appTicketClient/],
    ] as const) {
      const error = await rejectionOf(parseFeishuEvent(signed(body), bad as FeishuEventOptions));
      expect(error).toBeInstanceOf(HRError);
      expect(error).not.toBeInstanceOf(FeishuEventVerificationError);
      expect((error as Error).message).toMatch(rule);
    }
  });
});

describe('parseFeishuEvent: replays', () => {
  test('a replayed event id is refused, however the push is re-encrypted and re-signed', async () => {
    const seenStore = new MemorySeenStore();
    const payload = v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7' }, { id: 'e-replayed' });
    expect((await parseFeishuEvent(signed(encrypted(payload)), options({ seenStore }))).kind).toBe('event');
    const again = await refusal(
      parseFeishuEvent(signed(encrypted(payload), String(NOW / 1000 + 60)), options({ seenStore })),
    );
    expect(again.reason).toBe('replayed');
    expect(again.message).toBe('feishu-corehr push refused (replayed): the push was already received');
  });

  test('v1 events are told apart by uuid, pushes without an id by their content; a released id is accepted again', async () => {
    const seenStore = new MemorySeenStore();
    const parse = (payload: object) =>
      parseFeishuEvent(signed(encrypted(JSON.stringify(payload))), options({ seenStore }));
    const ticket = {
      uuid: 'u-9',
      token: TOKEN,
      type: 'event_callback',
      event: { type: 'app_ticket', app_ticket: 't' },
    };
    await parse(ticket);
    expect((await refusal(parse(ticket))).reason).toBe('replayed');
    expect((await parse({ ...ticket, uuid: 'u-10' })).kind).toBe('event');
    const anonymous = { schema: '2.0', header: { event_type: 'x', token: TOKEN }, event: { n: 1 } };
    const first = (await parse(anonymous)) as { id: string; seenKey: string };
    expect(first.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await refusal(parse(anonymous))).reason).toBe('replayed');
    expect((await parse({ ...anonymous, event: { n: 2 } })).kind).toBe('unknown_event');
    await seenStore.release(first.seenKey);
    expect((await parse(anonymous)).kind).toBe('unknown_event');
  });

  test('concurrent deliveries of one event: exactly one is accepted', async () => {
    const seenStore = new MemorySeenStore();
    const payload = v2('corehr.pre_hire.updated_v1', { pre_hire_id: '7' });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => parseFeishuEvent(signed(encrypted(payload)), options({ seenStore }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  test('without a store, the process store remembers; seenStore: false turns the check off', async () => {
    const payload = encrypted(v2('corehr.pre_hire.updated_v1', {}));
    const { seenStore: _omitted, ...processStore } = options();
    await parseFeishuEvent(signed(payload), processStore);
    expect((await refusal(parseFeishuEvent(signed(payload), processStore))).reason).toBe('replayed');
    const unchecked = options({ seenStore: false });
    expect(await parseFeishuEvent(signed(payload), unchecked)).toMatchObject({ kind: 'event', seenKey: undefined });
    expect((await parseFeishuEvent(signed(payload), unchecked)).kind).toBe('event');
  });

  test('typeFeishuEvent and acceptFeishuEvent work on a payload authenticated elsewhere (e.g. a WebSocket)', async () => {
    const seenStore = new MemorySeenStore();
    const event = typeFeishuEvent(JSON.parse(v2('corehr.pre_hire.updated_v1', { pre_hire_id: '9' }, { id: 'ws-1' })));
    expect(event).toMatchObject({ kind: 'event', id: 'ws-1', event: { pre_hire_id: '9' } });
    expect(await acceptFeishuEvent(event, { seenStore })).toMatchObject({ seenKey: 'feishu:ws-1' });
    expect((await refusal(acceptFeishuEvent(event, { seenStore }))).reason).toBe('replayed');
  });
});

describe('parseFeishuEvent: app_ticket for a store app', () => {
  const ticketPush = (ticket: string, appId = 'cli_store_1') =>
    encrypted(
      JSON.stringify({
        uuid: randomUUID(),
        token: TOKEN,
        ts: '1',
        type: 'event_callback',
        event: { app_id: appId, app_ticket: ticket, type: 'app_ticket' },
      }),
    );

  test('the client given as appTicketClient receives the ticket, without a receiveAppTicket call', async () => {
    const received: string[] = [];
    const client = {
      receiveAppTicket: async (event: { app_ticket?: string | null }) => void received.push(event.app_ticket!),
    };
    const result = await parseFeishuEvent(signed(ticketPush('ticket-1')), options({ appTicketClient: client }));
    expect(result).toMatchObject({ kind: 'event', type: 'app_ticket' });
    expect(received).toEqual(['ticket-1']);
    await parseFeishuEvent(
      signed(encrypted(v2('corehr.pre_hire.updated_v1', {}))),
      options({ appTicketClient: client }),
    );
    expect(received).toEqual(['ticket-1']);
  });

  test("a ticket the client refuses (another app's) rejects with its error, and the event can be delivered again", async () => {
    const seenStore = new MemorySeenStore();
    const feishu = new FeishuCoreHRClient({ appType: 'store', appId: 'cli_store_1', appSecret: 'secret-0123456789' });
    const push = signed(ticketPush('ticket-2', 'cli_other_app'));
    const error = await rejectionOf(parseFeishuEvent(push, options({ appTicketClient: feishu, seenStore })));
    expect(error).not.toBeInstanceOf(FeishuEventVerificationError);
    expect((error as Error).message).toMatch(/for app cli_other_app/);
    expect((await parseFeishuEvent(push, options({ seenStore }))).kind).toBe('event'); // not remembered
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

  async function listen(handle: (req: IncomingMessage, body: string) => Promise<FeishuEventResult>) {
    const seen: FeishuEventResult[] = [];
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        try {
          const result = await handle(req, body);
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
      const settings = { encryptKey, verificationToken: TOKEN, acceptUnsignedChallenge: Boolean(encryptKey) };
      const { url, seen } = await listen((req, body) =>
        parseFeishuEvent({ rawBody: body, headers: req.headers }, settings),
      );
      harness = await startHarness({}, { eventSubscription: { url, encryptKey, verificationToken: TOKEN } });
      expect((await harness.state.events.verifyUrl()).status).toBe(200);
      expect((await harness.state.events.verifyUrl({ signed: true })).status).toBe(200);
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
      // Feishu delivering the same event again (a lost answer): refused by its id.
      await harness.state.events.push(harness.state.events.deliveries[0]!.payload);
      expect(harness.state.events.deliveries.map((d) => d.status)).toEqual([200, 401]);
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
