import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HRError } from '../src/index.js';
import { mokaWebhookFailure, mokaWebhookReply, parseMokaWebhook } from '../src/webhooks.js';
import { createMokaSandbox, type MokaSandbox } from '../src/testing.js';

const SIGNING_KEY = 'moka-signing-key-reply-5e1';

describe('mokaWebhookReply / mokaWebhookFailure, answered to a push over a real socket', () => {
  let sandbox: MokaSandbox;
  let server: Server;
  let url: string;
  let reply: () => ReturnType<typeof mokaWebhookReply>;

  beforeEach(async () => {
    sandbox = createMokaSandbox();
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const query = new URL(req.url!, 'http://receiver').searchParams;
        parseMokaWebhook({ rawBody: Buffer.concat(chunks), query }, { signingKey: SIGNING_KEY });
        const answer = reply();
        res.writeHead(answer.status, answer.headers).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/moka`;
    sandbox.webhooks.register(url, SIGNING_KEY);
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers HTTP 200 { code: 0 } by default', async () => {
    reply = () => mokaWebhookReply();
    const [candidate] = sandbox.state.seedCandidates(1, 'pending_checkin');
    const delivery = await sandbox.webhooks.pushCandidate(candidate!.record.applicationId);
    expect(delivery.status).toBe(200);
    expect(JSON.parse(delivery.responseBody)).toEqual({ code: 0 });
  });

  it('adds redirectUrl { pcUrl, mobileUrl } to send the HR user on, and msg when given', async () => {
    reply = () =>
      mokaWebhookReply({
        msg: 'success',
        redirectUrl: { pcUrl: 'https://hr.example.com/hires/1?token=t', mobileUrl: 'https://m.hr.example.com/hires/1' },
      });
    const [candidate] = sandbox.state.seedCandidates(1, 'offer');
    const delivery = await sandbox.webhooks.pushCandidate(candidate!.record.applicationId);
    expect(JSON.parse(delivery.responseBody)).toEqual({
      code: 0,
      msg: 'success',
      redirectUrl: { pcUrl: 'https://hr.example.com/hires/1?token=t', mobileUrl: 'https://m.hr.example.com/hires/1' },
    });
  });

  it('a refusal is a non-2xx with { msg } for the HR user', async () => {
    reply = () => mokaWebhookFailure('当前数据存在错误');
    const [candidate] = sandbox.state.seedCandidates(1, 'offer');
    const delivery = await sandbox.webhooks.pushCandidate(candidate!.record.applicationId);
    expect(delivery.status).toBe(400);
    expect(JSON.parse(delivery.responseBody)).toEqual({ msg: '当前数据存在错误' });
  });

  it('refuses a redirect that is not an absolute http(s) URL, an empty redirect, a 2xx failure and an empty msg', () => {
    expect(() => mokaWebhookReply({ redirectUrl: { pcUrl: '/relative' } })).toThrow(
      /redirectUrl\.pcUrl must be an absolute/,
    );
    expect(() => mokaWebhookReply({ redirectUrl: { mobileUrl: 'javascript:alert(1)' } })).toThrow(HRError);
    expect(() => mokaWebhookReply({ redirectUrl: {} })).toThrow(/needs pcUrl or mobileUrl/);
    expect(() => mokaWebhookFailure('x', 200)).toThrow(/non-2xx/);
    expect(() => mokaWebhookFailure(' ')).toThrow(/msg must say/);
  });
});
