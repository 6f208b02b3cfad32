import { Redactor } from '@hr/core/internal';
import { type SandboxServer, serveHandlers } from '@hr/core/testing';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { readClientConfig, requestSocketEndpoint } from '../src/ws/endpoint.js';
import { FeishuLongConnectionError } from '../src/ws/errors.js';
import { DEFAULT_CLIENT_CONFIG } from '../src/ws/protocol.js';

const SECRET = 'endpoint-secret-7d6c5b4a39';
let server: SandboxServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ask(answer: () => Response) {
  server = await serveHandlers([http.post('*/callback/ws/endpoint', answer)]);
  return requestSocketEndpoint({
    baseUrl: server.url,
    appId: 'cli_a1b2c3d4e5f60718',
    appSecret: SECRET,
    redactor: new Redactor({ secretValues: [SECRET] }),
    signal: new AbortController().signal,
  }).catch((error: unknown) => error as FeishuLongConnectionError);
}

const ok = (data: unknown) => HttpResponse.json({ code: 0, msg: 'ok', data });

describe('the endpoint request', () => {
  it('reads the URL, its service_id and the client config', async () => {
    const endpoint = await ask(() =>
      ok({
        URL: 'wss://msg-frontier.feishu.cn/ws/v2?fpid=493&device_id=7&access_key=k&service_id=33554678&ticket=t',
        ClientConfig: { PingInterval: 90, ReconnectCount: -1, ReconnectInterval: 90, ReconnectNonce: 25 },
      }),
    );
    expect(endpoint).toEqual({
      url: 'wss://msg-frontier.feishu.cn/ws/v2?fpid=493&device_id=7&access_key=k&service_id=33554678&ticket=t',
      serviceId: 33554678,
      config: { PingInterval: 90, ReconnectCount: -1, ReconnectInterval: 90, ReconnectNonce: 25 },
    });
    expect(server!.requests[0]?.headers.locale).toBe('zh');
  });

  it.each([
    ['"system busy" (code 1)', () => HttpResponse.json({ code: 1, msg: 'system busy' })],
    ['an internal error (code 1000040343)', () => HttpResponse.json({ code: 1000040343, msg: 'internal' })],
    ['HTTP 502', () => new HttpResponse('bad gateway', { status: 502 })],
    ['an answer that is not JSON', () => new HttpResponse('<html>', { status: 200 })],
    ['an answer without a socket URL', () => ok({ URL: 'https://not-a-socket' })],
    [
      'an answer larger than 64 KiB',
      () => HttpResponse.json({ code: 0, data: { URL: 'wss://x', pad: 'x'.repeat(70_000) } }),
    ],
  ])('retries %s', async (_, answer) => {
    const error = await ask(answer);
    expect(FeishuLongConnectionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'endpoint_unavailable', retryable: true });
  });

  it('gives up on any other code, with the secret redacted from the echoed message', async () => {
    const error = await ask(() => HttpResponse.json({ code: 10014, msg: `app secret ${SECRET} invalid` }));
    expect(error).toMatchObject({ reason: 'endpoint_refused', code: 10014, retryable: false });
    expect((error as Error).message).not.toContain(SECRET);
    expect((error as Error).message).toContain('[REDACTED]');
  });
});

describe('the client config', () => {
  it('takes what the server names and keeps the rest', () => {
    expect(readClientConfig({ PingInterval: 10 })).toEqual({ ...DEFAULT_CLIENT_CONFIG, PingInterval: 10 });
    expect(
      readClientConfig({ ReconnectCount: 3.7, ReconnectNonce: 0 }, { ...DEFAULT_CLIENT_CONFIG, PingInterval: 5 }),
    ).toEqual({
      PingInterval: 5,
      ReconnectCount: 3,
      ReconnectInterval: 120,
      ReconnectNonce: 0,
    });
  });

  it('ignores values that would make it ping or reconnect in a tight loop, or overflow a timer', () => {
    for (const bad of [0, 0.5, -1, 3e9, Number.NaN, '10', null])
      expect(readClientConfig({ PingInterval: bad, ReconnectInterval: bad })).toEqual(DEFAULT_CLIENT_CONFIG);
    expect(readClientConfig('not an object')).toEqual(DEFAULT_CLIENT_CONFIG);
    expect(readClientConfig({ ReconnectNonce: -1 })).toEqual(DEFAULT_CLIENT_CONFIG);
  });
});
