import { http, HttpResponse } from 'msw';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faults, sequence, serveHandlers, type SandboxServer } from '../src/testing.js';

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([
    http.post('*/echo', async ({ request: req }) =>
      HttpResponse.json({ got: await req.json(), q: new URL(req.url).searchParams.getAll('a') }),
    ),
    http.get(
      '*/seq',
      sequence(HttpResponse.json({ n: 1 }), () => HttpResponse.json({ n: 2 })),
    ),
  ]);
});
afterAll(() => server.close());

describe('@hr/core/testing serveHandlers', () => {
  it('serves msw handlers over loopback and records requests', async () => {
    const res = await request(`${server.url}/echo?a=1&a=2`, {
      method: 'POST',
      body: JSON.stringify({ x: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(await res.body.json()).toEqual({ got: { x: 1 }, q: ['1', '2'] });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const recorded = server.requests.at(-1)!;
    expect(recorded).toMatchObject({ method: 'POST', path: '/echo', query: { a: ['1', '2'] }, body: '{"x":1}' });
  });

  it('answers unknown routes with a 404 JSON body', async () => {
    const res = await request(`${server.url}/nope`);
    expect(res.statusCode).toBe(404);
    expect(await res.body.json()).toEqual({ message: 'No sandbox handler for GET /nope' });
  });

  it('plays status sequences, the last response repeating', async () => {
    const bodies = [];
    for (let i = 0; i < 3; i++) bodies.push(await (await request(`${server.url}/seq`)).body.json());
    expect(bodies).toEqual([{ n: 1 }, { n: 2 }, { n: 2 }]);
  });

  it('simulates resets, truncation and slow bodies, and never leaks the fault header', async () => {
    server.use(
      http.get('*/reset', () => faults.reset()),
      http.get('*/cut', () => faults.truncated({ hello: 'world' }, 5)),
      http.get('*/slow', () => faults.slowBody({ ok: 1 }, 150)),
    );
    await expect(request(`${server.url}/reset`)).rejects.toThrow();
    const cut = await request(`${server.url}/cut`);
    expect(await cut.body.text()).toBe('{"hel');
    expect(cut.headers['x-hr-sandbox-fault']).toBeUndefined();
    const started = Date.now();
    const slow = await request(`${server.url}/slow`);
    expect(await slow.body.json()).toEqual({ ok: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
