import { describe, expect, test } from 'vitest';
import {
  WebhookVerificationError,
  headerValue,
  hexDigestsEqual,
  hmacSha256Hex,
  isFreshTimestamp,
  queryValue,
  rawBodyText,
  sha256Hex,
} from '../src/webhooks.js';

describe('webhook building blocks', () => {
  test('hexDigestsEqual accepts the same digest in any case and refuses anything else without throwing', () => {
    const digest = hmacSha256Hex('{"a":1}', 'key');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(hexDigestsEqual(digest, digest)).toBe(true);
    expect(hexDigestsEqual(digest.toUpperCase(), digest)).toBe(true);
    expect(hexDigestsEqual(hmacSha256Hex('{"a":2}', 'key'), digest)).toBe(false);
    expect(hexDigestsEqual(hmacSha256Hex('{"a":1}', 'other'), digest)).toBe(false);
    expect(hexDigestsEqual(digest.slice(0, 62), digest)).toBe(false);
    expect(hexDigestsEqual(`${digest.slice(0, 62)}zz`, digest)).toBe(false);
    expect(hexDigestsEqual(undefined, digest)).toBe(false);
    expect(hexDigestsEqual('', digest)).toBe(false);
  });

  test('digests are over the raw bytes: a string and its UTF-8 bytes agree, a re-serialized body does not', () => {
    const raw = '{ "name": "Zoë",  "id": 1 }';
    expect(hmacSha256Hex(new TextEncoder().encode(raw), 'k')).toBe(hmacSha256Hex(raw, 'k'));
    expect(hmacSha256Hex(JSON.stringify(JSON.parse(raw)), 'k')).not.toBe(hmacSha256Hex(raw, 'k'));
    expect(sha256Hex('ab', 'c')).toBe(sha256Hex('abc'));
  });

  test('isFreshTimestamp allows the tolerance either way and refuses stale, future and malformed timestamps', () => {
    const now = 1_700_000_000_000;
    expect(isFreshTimestamp('1700000000', 300, now)).toBe(true);
    expect(isFreshTimestamp(1_700_000_000 - 300, 300, now)).toBe(true);
    expect(isFreshTimestamp(1_700_000_000 - 301, 300, now)).toBe(false);
    expect(isFreshTimestamp(1_700_000_000 + 301, 300, now)).toBe(false);
    expect(isFreshTimestamp('17e8', 300, now)).toBe(false);
    expect(isFreshTimestamp('', 300, now)).toBe(false);
    expect(isFreshTimestamp(undefined, 300, now)).toBe(false);
  });

  test('headers and query values are read case-insensitively (headers) from every shape', () => {
    expect(headerValue({ 'X-Lark-Signature': 'a' }, 'x-lark-signature')).toBe('a');
    expect(headerValue({ sign: ['a', 'b'] }, 'SIGN')).toBe('a');
    expect(headerValue(new Headers({ Signature: 's' }), 'signature')).toBe('s');
    expect(queryValue('?sign=abc&x=1', 'sign')).toBe('abc');
    expect(queryValue(new URLSearchParams('sign=abc'), 'sign')).toBe('abc');
    expect(queryValue({ sign: ['a', 'b'] }, 'sign')).toBe('a');
    expect(queryValue({}, 'constructor')).toBeUndefined();
  });

  test('rawBodyText decodes a view of a larger buffer without the bytes around it', () => {
    const bytes = new TextEncoder().encode('xx{"a":1}yy');
    expect(rawBodyText(bytes.subarray(2, 9))).toBe('{"a":1}');
  });

  test('WebhookVerificationError names the vendor and reason, gives one message per bare reason and is branded', () => {
    const error = new WebhookVerificationError('moka', 'invalid_payload', 'the body is not JSON');
    expect(error.message).toBe('moka push refused (invalid_payload): the body is not JSON');
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    expect(new WebhookVerificationError('moka', 'unauthenticated').message).toBe(
      'moka push refused (unauthenticated): the push could not be authenticated',
    );
    expect(new WebhookVerificationError('comeet', 'replayed').message).toBe(
      'comeet push refused (replayed): the push was already received',
    );
  });
});
