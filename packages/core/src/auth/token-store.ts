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
  get(key: string): Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken): Promise<void>;
  delete(key: string): Promise<void>;
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

  async delete(key: string): Promise<void> {
    this.#tokens.delete(key);
  }
}
