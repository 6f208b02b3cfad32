/** What replaces a secret. */
export const REDACTED = '[REDACTED]';

/** Header names whose values are always secret. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie']);

/** Body and query keys whose values are always secret, whatever the vendor. */
const SECRET_KEYS = [
  'password',
  'secret',
  'app_secret',
  'client_secret',
  'token',
  'access_token',
  'refresh_token',
  'tenant_access_token',
  'app_access_token',
  'api_key',
  'apikey',
];

/** Rotating secrets (fetched or minted tokens) beyond this many are dropped, oldest first: they have expired by then. */
const MAX_ROTATING_VALUES = 256;
/** Shorter values are not redacted by value: they would match ordinary text. */
const MIN_SECRET_LENGTH = 6;

/** A secret as it may appear: raw, URL-encoded and base64-encoded. */
function forms(value: string): string[] {
  return [value, encodeURIComponent(value), Buffer.from(value).toString('base64')];
}

/**
 * Removes secrets from everything that may be logged or attached to an error: headers by name,
 * JSON and query fields by key, and any registered secret value (API keys, minted tokens) wherever
 * it appears in text.
 */
export class Redactor {
  readonly #keys: Set<string>;
  /** Credentials that live as long as the client: never dropped. */
  readonly #values = new Set<string>();
  /** Tokens that are replaced over time: bounded, oldest dropped first. */
  readonly #rotating = new Set<string>();

  constructor(options: { secretKeys?: readonly string[]; secretValues?: readonly (string | undefined)[] } = {}) {
    this.#keys = new Set([...SECRET_KEYS, ...(options.secretKeys ?? [])].map((k) => k.toLowerCase()));
    for (const value of options.secretValues ?? []) this.addSecret(value);
  }

  /** Registers a credential (and its base64 and URL-encoded forms) to be hidden everywhere, for good. */
  addSecret(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#values.has(value)) return;
    for (const form of forms(value)) this.#values.add(form);
  }

  /**
   * Registers a token that will be replaced over time (a fetched access token, a minted JWT, a
   * one-time link token). Only the most recent ones are kept, so memory stays bounded.
   */
  addRotatingSecret(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#values.has(value) || this.#rotating.has(value)) return;
    for (const form of forms(value)) this.#rotating.add(form);
    while (this.#rotating.size > MAX_ROTATING_VALUES)
      this.#rotating.delete(this.#rotating.values().next().value as string);
  }

  /** Whether a header, query or body key holds a secret. */
  isSecretKey(key: string): boolean {
    return this.#keys.has(key.toLowerCase());
  }

  /** Replaces every registered secret value in `text`. */
  text(text: string): string {
    let out = text;
    for (const values of [this.#values, this.#rotating]) {
      for (const value of values) if (out.includes(value)) out = out.split(value).join(REDACTED);
    }
    return out;
  }

  /** A copy of `headers` with secret headers replaced and secret values removed. */
  headers(headers: Record<string, string | string[] | undefined>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, raw] of Object.entries(headers)) {
      if (raw === undefined) continue;
      const value = Array.isArray(raw) ? raw.join(', ') : raw;
      out[name.toLowerCase()] =
        SECRET_HEADERS.has(name.toLowerCase()) || this.isSecretKey(name) ? REDACTED : this.text(value);
    }
    return out;
  }

  /** The URL with secret query parameters and secret values replaced. */
  url(url: string): string {
    try {
      const parsed = new URL(url);
      for (const key of [...parsed.searchParams.keys()]) {
        if (this.isSecretKey(key)) parsed.searchParams.set(key, REDACTED);
      }
      return this.text(parsed.toString());
    } catch {
      return this.text(url);
    }
  }

  /** A deep copy of a JSON-like value with secret keys and values replaced. */
  value<T>(value: T): T {
    return this.#walk(value, 0) as T;
  }

  /** Replaces the values of secret keys in JSON-like text that does not parse (a cut value included). */
  #secretPairs(text: string): string {
    return text.replace(
      /"([^"\\]{1,64})"(\s*:\s*)"(?:[^"\\]|\\.)*("?)/g,
      (pair, key: string, colon: string, closing: string) =>
        this.isSecretKey(key) ? `"${key}"${colon}"${REDACTED}${closing}` : pair,
    );
  }

  #walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object' || depth > 64) return value;
    if (Array.isArray(value)) return value.map((v) => this.#walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = this.isSecretKey(key) && v !== null && v !== undefined ? REDACTED : this.#walk(v, depth + 1);
    }
    return out;
  }

  /** The body text with secret JSON fields and secret values replaced (non-JSON text by value only). */
  body(text: string): string {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        return JSON.stringify(this.value(JSON.parse(text)));
      } catch {
        // Not complete JSON (e.g. truncated): redact "key": "value" pairs textually below.
      }
    }
    return this.text(this.#secretPairs(text));
  }
}
