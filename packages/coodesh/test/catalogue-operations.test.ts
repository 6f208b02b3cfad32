import { describe, expect, it } from 'vitest';
import type { Page } from '@hr/core';
import { CoodeshLostRoutes } from '../src/lost-routes.js';
import { CATALOGUE_LIST_SIZE, SANDBOX_ROUTES } from '../src/testing.js';
import {
  argumentsOf,
  callOperation,
  filledPath,
  partsOf,
  sentQuery,
  unconfirmedByResource,
} from './catalogue-support.js';
import { useSandbox } from './helpers.js';

/**
 * Every operation the catalogue reconstructed, called through its method against the sandbox with
 * the reference's request example (repaired where it breaks a documented rule): the request must go
 * to the route the client was told to use, carry the example, and the typed result must be the
 * reference's response example (the first item of it for lists).
 */
describe.each(unconfirmedByResource())('catalogue operations: %s', (_resource, operations) => {
  const h = useSandbox();

  it.each(operations)('%s', async (id, example) => {
    const client = h.client({ allowUnconfirmedRoutes: true, routes: SANDBOX_ROUTES });
    const result = await callOperation(client, id, await argumentsOf(id, example));

    expect(h.server.requests).toHaveLength(1);
    const sent = h.server.requests[0]!;
    const [method, template] = example.route.split(' ') as [string, string];
    expect(sent.method).toBe(method);
    expect(sent.path).toBe(filledPath(template, example.request.path));
    if (example.request.query) expect(sent.query).toEqual(sentQuery(example.request.query));
    if (example.bodyType === 'multipart') {
      // Each field a text part (as the string form-data carries), each file a file part with its name and bytes.
      const fields = Object.entries(example.request.body as object).map(([name, value]) => [name, String(value)]);
      expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(await partsOf(sent.body, sent.headers['content-type'])).toEqual({
        ...Object.fromEntries(fields),
        ...example.request.files,
      });
    } else if (Array.isArray(example.request.body)) expect(JSON.parse(sent.body)).toEqual(example.request.body);
    else if (example.request.body !== undefined)
      expect(JSON.parse(sent.body)).toMatchObject(example.request.body as object);
    else expect(sent.body).toBe('');
    for (const [name, value] of Object.entries(example.request.headers ?? {})) expect(sent.headers[name]).toBe(value);

    const response = example.response as Record<string, unknown> | unknown[] | undefined;
    if (example.envelope === 'page') {
      const page = result as Page<{ totalDocs?: number }, unknown>;
      expect(page.items[0]).toEqual((response as { docs: unknown[] }).docs[0]);
      expect(page.data.totalDocs).toBe(CATALOGUE_LIST_SIZE);
    } else if (example.envelope === 'offset') {
      const page = result as Page<unknown, unknown>;
      expect(page.items[0]).toEqual((response as [{ payload: unknown[] }])[0].payload[0]);
    } else {
      expect(result).toEqual(response);
    }
  });
});

describe('catalogue lists page through the sandbox', () => {
  const h = useSandbox();

  it('walks every page of a page-enveloped list and every slice of an offset-enveloped one', async () => {
    const client = h.client({ allowUnconfirmedRoutes: true, routes: SANDBOX_ROUTES });
    const teams = await client.teams.list({ pageSize: 1 }).toArray();
    expect(teams).toHaveLength(CATALOGUE_LIST_SIZE);
    expect(new Set(teams.map((t) => t._id)).size).toBe(CATALOGUE_LIST_SIZE);
    expect(h.server.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);

    h.server.requests.length = 0;
    const tests = await new CoodeshLostRoutes(client).ats.tests.list({ limit: 2 }).toArray();
    expect(tests.map((t) => t.name)).toEqual(Array(CATALOGUE_LIST_SIZE).fill('Backend Node.js - JU81JV'));
    expect(h.server.requests.map((r) => r.query.offset ?? '0')).toEqual(['0', '2']);
  });
});
