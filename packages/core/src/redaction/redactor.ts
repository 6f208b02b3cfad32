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

/** Old secret values are dropped past this many (old tokens have expired by then). */
const MAX_SECRET_VALUES = 64;
/** Shorter values are not redacted by value: they would match ordinary text. */
const MIN_SECRET_LENGTH = 6;

/**
 * Removes secrets from everything that may be logged or attached to an error: headers by name,
 * JSON and query fields by key, and any registered secret value (API keys, minted tokens) wherever
 * it appears in text.
 */
export class Redactor {
  readonly #keys: Set<string>;
  readonly #values = new Set<string>();

  constructor(options: { secretKeys?: readonly string[]; secretValues?: readonly (string | undefined)[] } = {}) {
    this.#keys = new Set([...SECRET_KEYS, ...(options.secretKeys ?? [])].map((k) => k.toLowerCase()));
    for (const value of options.secretValues ?? []) this.addSecret(value);
  }

  /** Registers a secret value (and its base64 and URL-encoded forms) to be hidden everywhere. */
  addSecret(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#values.has(value)) return;
    for (const form of [value, encodeURIComponent(value), Buffer.from(value).toString('base64')]) {
      this.#values.delete(form);
      this.#values.add(form);
    }
    while (this.#values.size > MAX_SECRET_VALUES) {
      const oldest = this.#values.values().next().value as string;
      this.#values.delete(oldest);
    }
  }

  /** Whether a header, query or body key holds a secret. */
  isSecretKey(key: string): boolean {
    return this.#keys.has(key.toLowerCase());
  }

  /** Replaces every registered secret value in `text`. */
  text(text: string): string {
    let out = text;
    for (const value of this.#values) if (out.includes(value)) out = out.split(value).join(REDACTED);
    return out;
  }

  /** A copy of `headers` with secret headers replaced and secret values removed. */
  headers(headers: Record<string, string | string[] | undefined>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, raw] of Object.entries(headers)) {
      if (raw === undefined) continue;
      const value = Array.isArray(raw) ? raw.join(', ') : raw;
      out[name.toLowerCase()] = SECRET_HEADERS.has(name.toLowerCase()) || this.isSecretKey(name) ? REDACTED : this.text(value);
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
        // Not complete JSON (e.g. truncated): fall through to value-based redaction.
      }
    }
    return this.text(text);
  }
}
