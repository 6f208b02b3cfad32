import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveHandlers, type SandboxServer } from '../src/testing.js';
import { TestClient, getItem } from './helpers.js';

let server: SandboxServer;
beforeAll(async () => {
  server = await serveHandlers([http.get('*/items/:id', ({ params }) => HttpResponse.json({ ok: true, data: { id: Number(params.id), name: 'x' } }))]);
});
afterAll(() => server.close());

it('gets an item over loopback', async () => {
  const client = new TestClient({ baseUrl: server.url });
  const { data, response } = await client.request(getItem, { path: { id: '7' } }).withResponse();
  expect(data).toEqual({ id: 7, name: 'x' });
  expect(response.status).toBe(200);
  expect(await client.request(getItem, { path: { id: '8' } })).toEqual({ id: 8, name: 'x' });
});
