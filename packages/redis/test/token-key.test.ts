import { expect, test } from 'vitest';
import { tokenKey } from '../src/index.js';

test('namespaces by vendor, normalized base URL and credential id', () => {
  expect(tokenKey({ vendor: 'Feishu', baseUrl: 'HTTPS://Open.Feishu.cn/open-apis/', credentialId: 'cli_a1b2' })).toBe(
    'feishu:https://open.feishu.cn/open-apis:cli_a1b2',
  );
  expect(
    tokenKey({ vendor: 'feishu', baseUrl: 'https://open.feishu.cn/open-apis?x=1#y', credentialId: 'cli_a1b2' }),
  ).toBe('feishu:https://open.feishu.cn/open-apis:cli_a1b2');
});

test('sandbox and production, or two apps, never share a key', () => {
  const keys = new Set([
    tokenKey({ vendor: 'feishu', baseUrl: 'https://open.feishu.cn', credentialId: 'cli_a' }),
    tokenKey({ vendor: 'feishu', baseUrl: 'http://127.0.0.1:4010', credentialId: 'cli_a' }),
    tokenKey({ vendor: 'feishu', baseUrl: 'https://open.feishu.cn', credentialId: 'cli_b' }),
    tokenKey({ vendor: 'lark', baseUrl: 'https://open.feishu.cn', credentialId: 'cli_a' }),
  ]);
  expect(keys.size).toBe(4);
});

test('percent-encodes vendor and credential id and drops URL credentials, so the key parses back', () => {
  const key = tokenKey({
    vendor: 'a:b',
    baseUrl: 'https://user:pass@api.example.com:8443/v1',
    credentialId: 'id:with/colon',
  });
  expect(key).toBe('a%3Ab:https://api.example.com:8443/v1:id%3Awith%2Fcolon');
  expect(key).not.toContain('pass');
});

test('rejects missing parts and relative URLs, naming the field', () => {
  expect(() => tokenKey({ vendor: '', baseUrl: 'https://x', credentialId: 'a' })).toThrow(
    '"vendor" must be a non-empty string',
  );
  expect(() => tokenKey({ vendor: 'v', baseUrl: 'https://x', credentialId: ' ' })).toThrow(
    '"credentialId" must be a non-empty string',
  );
  expect(() => tokenKey({ vendor: 'v', baseUrl: '/open-apis', credentialId: 'a' })).toThrow(
    '"baseUrl" must be an absolute URL',
  );
});
