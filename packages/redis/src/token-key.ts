/** What identifies a cached token: never the secret itself. */
export interface TokenKeyParts {
  /** Vendor short name, e.g. `feishu`. */
  vendor: string;
  /** The API base URL the token is valid for (sandbox and production tokens must not mix). */
  baseUrl: string;
  /** The public half of the credential, e.g. a Feishu `app_id` (never the app secret). */
  credentialId: string;
}

/**
 * The cache key for a token: vendor, normalized base URL and credential id, e.g.
 * `feishu:https://open.feishu.cn/open-apis:cli_a1b2`. Vendor and credential id are
 * percent-encoded, so the key parses back unambiguously (the URL sits between the first and the
 * last `:`).
 *
 * @throws `TypeError` when `vendor`, `baseUrl` or `credentialId` is not a non-empty string.
 */
export function tokenKey({ vendor, baseUrl, credentialId }: TokenKeyParts): string {
  for (const [name, value] of Object.entries({ vendor, baseUrl, credentialId })) {
    if (typeof value !== 'string' || value.trim() === '')
      throw new TypeError(`tokenKey: "${name}" must be a non-empty string`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError('tokenKey: "baseUrl" must be an absolute URL, e.g. https://open.feishu.cn/open-apis');
  }
  // Origin is lower-cased by URL; drop credentials, query, hash and trailing slashes.
  const normalized = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return `${encodeURIComponent(vendor.toLowerCase())}:${normalized}:${encodeURIComponent(credentialId)}`;
}
