import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../src/internal.js';

describe('Redactor', () => {
  it('keeps every live token redacted, however many rotate through, and drops them only after they expire', () => {
    let now = 1_000_000;
    const redactor = new Redactor({ secretValues: ['api-key-123456'], now: () => now });
    const HOUR = 3_600_000;
    // A thousand tenants' tokens, each valid for two hours.
    for (let i = 0; i < 1_000; i++) redactor.addRotatingSecret(`token-${i}-abcdef`, now + 2 * HOUR);
    expect(redactor.text('key api-key-123456')).toBe(`key ${REDACTED}`);
    expect(redactor.text('oldest token-0-abcdef, newest token-999-abcdef')).toBe(
      `oldest ${REDACTED}, newest ${REDACTED}`,
    );
    // Still redacted an hour after expiry (late log lines), dropped after that.
    now += 3 * HOUR - 1;
    redactor.addRotatingSecret('token-new-abcdef', now + 2 * HOUR);
    expect(redactor.text('token-0-abcdef')).toBe(REDACTED);
    now += 2;
    redactor.addRotatingSecret('token-newer-abcdef', now + 2 * HOUR);
    expect(redactor.text('token-0-abcdef')).toBe('token-0-abcdef');
    expect(redactor.text('token-new-abcdef api-key-123456')).toBe(`${REDACTED} ${REDACTED}`);
  });

  it('redacts at any depth without recursion limits, and a __proto__ key never becomes a prototype', () => {
    const redactor = new Redactor({ secretValues: ['api-key-123456'] });
    let deep: unknown = { leaked: 'api-key-123456', password: 'x' };
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { next: deep };
    let copy = redactor.value(deep) as unknown;
    for (let i = 100_000 - 1; i >= 0; i--) copy = i % 2 ? (copy as unknown[])[0] : (copy as { next: unknown }).next;
    expect(copy).toEqual({ leaked: REDACTED, password: REDACTED });
    const hostile = redactor.value(JSON.parse('{"__proto__":{"polluted":true},"a":1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
    expect((hostile as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(hostile)).toEqual(['__proto__', 'a']);
  });

  it('hides raw, URL-encoded and base64 forms, secret headers, query parameters and body keys', () => {
    const redactor = new Redactor({ secretValues: ['p@ss/word!'], secretKeys: ['custom_secret'] });
    expect(
      redactor.text(`a ${encodeURIComponent('p@ss/word!')} b ${Buffer.from('p@ss/word!').toString('base64')}`),
    ).toBe(`a ${REDACTED} b ${REDACTED}`);
    expect(
      redactor.headers({ Authorization: 'Basic xyz', 'X-Api-Key': 'k', 'content-type': 'application/json' }),
    ).toEqual({
      authorization: REDACTED,
      'x-api-key': REDACTED,
      'content-type': 'application/json',
    });
    expect(redactor.url('https://h/x?access_token=abc&page=2')).toBe(
      `https://h/x?access_token=${encodeURIComponent(REDACTED)}&page=2`,
    );
    expect(redactor.value({ app_secret: 's', nested: [{ custom_secret: 1, ok: 'p@ss/word!' }] })).toEqual({
      app_secret: REDACTED,
      nested: [{ custom_secret: REDACTED, ok: REDACTED }],
    });
    expect(redactor.body('{"password":"hunter2","user":"bob","tenant_access_token":"t-abc')).toBe(
      `{"password":"${REDACTED}","user":"bob","tenant_access_token":"${REDACTED}`,
    );
  });
});
