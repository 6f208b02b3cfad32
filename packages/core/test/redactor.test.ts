import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../src/internal.js';

describe('Redactor', () => {
  it('never forgets credentials, however many tokens rotate through', () => {
    const redactor = new Redactor({ secretValues: ['api-key-123456'] });
    for (let i = 0; i < 1_000; i++) redactor.addRotatingSecret(`token-${i}-abcdef`);
    expect(redactor.text('key api-key-123456')).toBe(`key ${REDACTED}`);
    expect(redactor.text('recent token-999-abcdef')).toBe(`recent ${REDACTED}`);
    // The oldest tokens have long expired; keeping every one would grow without bound.
    expect(redactor.text('old token-0-abcdef')).toBe('old token-0-abcdef');
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
