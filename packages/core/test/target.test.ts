import { describe, expect, it } from 'vitest';
import { splitUrl } from '../src/transport/http.js';

/** What undici would make of the URL: the origin and the path with its query, as `new URL()` reads them. */
function parsed(url: string) {
  const u = new URL(url);
  return { origin: u.origin, path: `${u.pathname}${u.search}` };
}

describe('splitUrl', () => {
  const urls = [
    'http://127.0.0.1:8080/api-platform/v1/offers/custom_fields',
    'https://api.mokahr.com/api-platform/v1/data/ehrApplications?stage=offer&limit=20&next=abc',
    'HTTPS://API.MokaHR.com:443/api-platform/v1/x',
    'http://example.com:80/a?b=1&c=%20d+e',
    'https://open.feishu.cn/open-apis/corehr/v1/pre_hires?page_size=100&page_token=pt-1',
    'https://example.com/base/items/a%2Fb%3Fc',
    'https://example.com/a/./b',
    'https://example.com/a/../b?x=1',
    'https://example.com/a/%2e%2E/b',
    'https://example.com/a/.%2e',
    'https://example.com/a b/c',
    'https://example.com/ünï/çødé?q=ü',
    "https://example.com/it's?q='quoted'",
    'https://example.com/a\\b',
    'https://example.com/a#fragment',
    'https://example.com/a?b#c',
    'https://user:pass@example.com/a',
    'https://example.com?no-slash',
    'https://[::1]:8443/v6',
    'https://example.com/a{b}<c>`d`"e"',
    'https://example.com/q?x=^|[]',
  ];

  it.each(urls)('%s: the same origin and path as new URL()', (url) => {
    expect(splitUrl(url)).toEqual(parsed(url));
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => splitUrl('ftp://example.com/a')).toThrow(/protocol/);
    expect(() => splitUrl('not a url')).toThrow();
  });
});
