import { InputValidationError } from '@hr/core';
import { describe, expect, it } from 'vitest';
import { CoodeshClient } from '../src/index.js';
import { useSandbox } from './helpers.js';

describe('workspace, subaccount and language headers', () => {
  const h = useSandbox();

  it('sends none of them when unset', async () => {
    await h.client().fields.jobs();
    const headers = h.server.requests[0]!.headers;
    expect(headers['x-workspace-id']).toBeUndefined();
    expect(headers['x-subaccount-id']).toBeUndefined();
    expect(headers['x-language']).toBeUndefined();
  });

  it('sends the client\u2019s scope on every call, and a per-call scope overrides it for that call only', async () => {
    const client = h.client({ workspaceId: 'ws-1', subaccountId: 'sub-1', language: 'pt' });
    await client.fields.jobs();
    await client.jobs.list({}, { workspaceId: 'ws-2', language: 'en' }).toArray();
    await client.ats.attempts.retrieve('x', { subaccountId: 'sub-9', language: 'es' }).catch(() => undefined);
    await client.fields.applications();
    const scopes = h.server.requests.map((r) => [
      r.headers['x-workspace-id'],
      r.headers['x-subaccount-id'],
      r.headers['x-language'],
    ]);
    expect(scopes[0]).toEqual(['ws-1', 'sub-1', 'pt']);
    // every page of the listing carries the override
    expect(scopes.slice(1, 4)).toEqual([
      ['ws-2', 'sub-1', 'en'],
      ['ws-2', 'sub-1', 'en'],
      ['ws-2', 'sub-1', 'en'],
    ]);
    expect(scopes[4]).toEqual(['ws-1', 'sub-9', 'es']);
    expect(scopes[5]).toEqual(['ws-1', 'sub-1', 'pt']);
  });

  it('keeps the core per-call headers beside the scope', async () => {
    await h.client().fields.jobs({ headers: { 'x-trace': 't-1' }, language: 'en' });
    expect(h.server.requests[0]!.headers).toMatchObject({ 'x-trace': 't-1', 'x-language': 'en' });
  });

  it('refuses an unknown language before sending, for calls and listings', async () => {
    const bad = { language: 'fr' } as unknown as { language: 'pt' };
    const call = await h
      .client()
      .fields.jobs(bad)
      .catch((e: unknown) => e);
    expect(call).toBeInstanceOf(InputValidationError);
    expect((call as Error).message).toContain('options.language');
    await expect(h.client().jobs.list({}, bad)).rejects.toBeInstanceOf(InputValidationError);
    await expect(h.client().jobs.list({}, { workspaceId: '' }).toArray()).rejects.toThrow(/options\.workspaceId/);
    expect(h.server.requests).toHaveLength(0);
  });

  it('refuses a client without an API key or with a bad language', () => {
    expect(() => new CoodeshClient({ apiKey: '' })).toThrow(/apiKey/);
    expect(() => new CoodeshClient({ apiKey: 'k', language: 'de' as 'pt' })).toThrow(InputValidationError);
  });

  it('defaults to the production host', () => {
    expect(new CoodeshClient({ apiKey: 'k' }).baseUrl).toBe('https://api.coodesh.com');
  });
});
