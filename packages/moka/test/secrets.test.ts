import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { captureLogger } from '@hr/core/testing';
import type { APIError } from '../src/index.js';
import { API_KEY, type Harness, startHarness, user } from './setup.js';

const ENCODED = Buffer.from(`${API_KEY}:`).toString('base64');

describe('secrets', () => {
  let h: Harness;
  const { lines, logger } = captureLogger();
  beforeEach(async () => {
    lines.length = 0;
    h = await startHarness({ logger, logLevel: 'debug' });
  });
  afterEach(() => h.close());

  const assertClean = (text: string) => {
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(ENCODED);
  };

  it('the API key and its Basic header never appear in errors, serialized errors or debug logs', async () => {
    // A vendor echoing the key and the header back in its error body and headers.
    h.server.use(
      http.get('*/offers/custom_fields', ({ request }) =>
        HttpResponse.json(
          { success: false, errorMessage: `Invalid API key ${API_KEY}`, echo: request.headers.get('authorization') },
          { status: 401, headers: { 'x-echo': request.headers.get('authorization') ?? '' } },
        ),
      ),
    );
    const error = (await h.client.offers.listCustomFields().catch((e: unknown) => e)) as APIError;
    expect(error.status).toBe(401);
    for (const text of [
      error.message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      error.rawBody,
      JSON.stringify(error.headers),
      lines.join('\n'),
    ])
      assertClean(text);
    expect(lines.some((l) => l.includes('offers/custom_fields'))).toBe(true); // the debug log did run
  });

  it('a failed user sync error carries no secret', async () => {
    h.server.use(
      http.post('*/users/syncInfo', () =>
        HttpResponse.json({ success: false, errorMessage: `System error (${API_KEY})` }),
      ),
    );
    const error = await h.client.users.sync([user(1)]).catch((e: unknown) => e);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10 }), lines.join('\n')])
      assertClean(text);
  });
});
