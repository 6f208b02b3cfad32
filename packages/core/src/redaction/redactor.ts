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

/**
 * How long a rotating secret stays redacted after it expires (a late log line, a slow error report),
 * and how long one whose expiry is unknown stays redacted at all.
 */
const ROTATING_GRACE_MS = 60 * 60 * 1000;
const UNKNOWN_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Shorter values are not redacted by value: they would match ordinary text. */
const MIN_SECRET_LENGTH = 6;

const NOT_A_LEAF = Symbol('not a leaf');

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
  /** Tokens that are replaced over time, each form with the time after which it is dropped. */
  readonly #rotating = new Map<string, number>();
  readonly #now: () => number;

  constructor(
    options: {
      secretKeys?: readonly string[];
      secretValues?: readonly (string | undefined)[];
      now?: () => number;
    } = {},
  ) {
    this.#now = options.now ?? Date.now;
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
   * one-time link token). It stays redacted for its whole useful life, until `expiresAt` (epoch ms)
   * plus an hour, or a day when its expiry is unknown; expired ones are dropped, so memory follows the
   * number of live tokens, however many tenants or how fast they rotate.
   */
  addRotatingSecret(value: string | undefined, expiresAt?: number): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#values.has(value)) return;
    const now = this.#now();
    const until =
      (expiresAt !== undefined && Number.isFinite(expiresAt) ? expiresAt : now + UNKNOWN_LIFETIME_MS) +
      ROTATING_GRACE_MS;
    for (const [form, dropAt] of this.#rotating) if (dropAt < now) this.#rotating.delete(form);
    for (const form of forms(value)) this.#rotating.set(form, Math.max(until, this.#rotating.get(form) ?? 0));
  }

  /** Whether a header, query or body key holds a secret. */
  isSecretKey(key: string): boolean {
    return this.#keys.has(key.toLowerCase());
  }

  /** Replaces every registered secret value in `text`. */
  text(text: string): string {
    let out = text;
    for (const value of this.#values) if (out.includes(value)) out = out.split(value).join(REDACTED);
    for (const value of this.#rotating.keys()) if (out.includes(value)) out = out.split(value).join(REDACTED);
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

  /**
   * A JSON-like value with secret keys and values replaced, at any depth (walked without recursion):
   * the value itself when nothing in it is secret (a huge answer costs no copy), else a deep copy,
   * which never lets a `__proto__` key become the copy's prototype.
   */
  value<T>(value: T): T {
    const leaf = this.#leaf(value);
    if (leaf !== NOT_A_LEAF) return leaf as T;
    if (!this.#holdsSecrets(value as object)) return value;
    const root: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    const stack: [source: object, target: Record<string, unknown> | unknown[]][] = [[value as object, root]];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const [source, target] = entry;
      const list = Array.isArray(source);
      for (const key of list ? indexes(source as unknown[]) : Object.keys(source)) {
        const child = (source as Record<string, unknown>)[key];
        let copy: unknown;
        if (!list && this.isSecretKey(key as string) && child !== null && child !== undefined) copy = REDACTED;
        else {
          copy = this.#leaf(child);
          if (copy === NOT_A_LEAF) {
            copy = Array.isArray(child) ? [] : {};
            stack.push([child as object, copy as Record<string, unknown>]);
          }
        }
        if (Array.isArray(target)) target[Number(key)] = copy;
        else Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
      }
    }
    return root as T;
  }

  /** Whether `value` holds a secret key with a value, or a string holding a secret (walked without recursion). */
  #holdsSecrets(value: object): boolean {
    const stack: object[] = [value];
    for (let source = stack.pop(); source; source = stack.pop()) {
      const list = Array.isArray(source);
      for (const key of list ? indexes(source as unknown[]) : Object.keys(source)) {
        const child = (source as Record<string, unknown>)[key];
        if (!list && this.isSecretKey(key as string) && child !== null && child !== undefined) return true;
        if (typeof child === 'string') {
          if (this.text(child) !== child) return true;
        } else if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
    return false;
  }

  /** A string redacted, another primitive as is, or NOT_A_LEAF for objects and arrays to walk. */
  #leaf(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object') return value;
    return NOT_A_LEAF;
  }

  /** Replaces the values of secret keys in JSON-like text that does not parse (a cut value included). */
  #secretPairs(text: string): string {
    return text.replace(
      /"([^"\\]{1,64})"(\s*:\s*)"(?:[^"\\]|\\.)*("?)/g,
      (pair, key: string, colon: string, closing: string) =>
        this.isSecretKey(key) ? `"${key}"${colon}"${REDACTED}${closing}` : pair,
    );
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

/** The indexes of a list, without building the `[key, value]` pairs `Object.entries` makes for each item. */
function* indexes(list: readonly unknown[]): Generator<number> {
  for (let index = 0; index < list.length; index++) yield index;
}
