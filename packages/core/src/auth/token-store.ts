/** A cached access token. */
export interface StoredToken {
  /** The token itself. */
  value: string;
  /** When it stops being valid, in epoch milliseconds. */
  expiresAt: number;
}

/**
 * Where cached tokens live. The default keeps them in this process; a shared store (e.g. Redis)
 * lets several processes use one token. Keys never contain secrets.
 */
export interface TokenStore {
  /** The cached token under `key`, if any. */
  get(key: string): Promise<StoredToken | undefined>;
  /** Caches `token` under `key`. */
  set(key: string, token: StoredToken): Promise<void>;
  /**
   * Drops the token under `key`. With `onlyIfValue`, only when the cached token is still that one
   * (so a stale "invalid token" report cannot drop the fresh token another caller just fetched).
   */
  delete(key: string, onlyIfValue?: string): Promise<void>;
  /**
   * Optional: fetch a new token for `key` on behalf of every process sharing this store, so that
   * exactly one of them calls the vendor. Implementations take a lock, re-check the store (another
   * process may have refreshed it meanwhile: `isUsable` says whether a cached token will do), call
   * `fetch` only if needed, store and return the token. Without it, the provider fetches and calls `set`.
   */
  refresh?(
    key: string,
    fetch: () => Promise<StoredToken>,
    isUsable: (token: StoredToken) => boolean,
  ): Promise<StoredToken>;
}

/** The default token store: a Map in this process. */
export class InMemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, StoredToken>();

  async get(key: string): Promise<StoredToken | undefined> {
    return this.#tokens.get(key);
  }

  async set(key: string, token: StoredToken): Promise<void> {
    this.#tokens.set(key, token);
  }

  async delete(key: string, onlyIfValue?: string): Promise<void> {
    if (onlyIfValue === undefined || this.#tokens.get(key)?.value === onlyIfValue) this.#tokens.delete(key);
  }
}
