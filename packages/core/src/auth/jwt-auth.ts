import type { AuthContext, AuthStrategy, SecretListener } from './strategy.js';

/** Options of {@link JwtAuth}. */
export interface JwtAuthOptions {
  /** The HS256 signing secret. */
  secret: string;
  /** Claims to include, e.g. `{ iss: apiKey }`. `iat` and `exp` are set for you. */
  claims: Record<string, unknown>;
  /** Lifetime of each minted token in seconds (default 600). */
  lifetimeSeconds?: number | undefined;
  /** Re-mint this many seconds before expiry (default 60). */
  refreshMarginSeconds?: number | undefined;
  /** Clock in epoch milliseconds, for tests. */
  now?: () => number;
}

/** Bearer auth with a self-minted HS256 JWT, re-minted before it expires. */
export class JwtAuth implements AuthStrategy {
  readonly #options: JwtAuthOptions;
  readonly #key: Uint8Array;
  readonly #now: () => number;
  readonly #listeners: SecretListener[] = [];
  #current: { token: string; refreshAt: number } | undefined;
  #minting: Promise<string> | undefined;

  constructor(options: JwtAuthOptions) {
    this.#options = options;
    this.#key = new TextEncoder().encode(options.secret);
    this.#now = options.now ?? Date.now;
  }

  async authorize({ headers }: AuthContext): Promise<string> {
    const token = await this.getToken();
    headers['authorization'] = `Bearer ${token}`;
    return token;
  }

  /** The current JWT, minting a new one when none exists or it is close to expiry. */
  async getToken(): Promise<string> {
    const now = this.#now();
    if (this.#current && now < this.#current.refreshAt) return this.#current.token;
    // Concurrent callers share one mint.
    this.#minting ??= this.#mint(now).finally(() => {
      this.#minting = undefined;
    });
    return this.#minting;
  }

  async #mint(now: number): Promise<string> {
    const lifetime = this.#options.lifetimeSeconds ?? 600;
    const issuedAt = Math.floor(now / 1000);
    // jose is loaded on the first mint: only JWT vendors pay for it at start-up.
    const { SignJWT } = await import('jose');
    const token = await new SignJWT({ ...this.#options.claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetime)
      .sign(this.#key);
    const margin = Math.min(this.#options.refreshMarginSeconds ?? 60, lifetime / 2);
    this.#current = { token, refreshAt: (issuedAt + lifetime - margin) * 1000 };
    for (const listener of this.#listeners) listener(token, { expiresAt: (issuedAt + lifetime) * 1000 });
    return token;
  }

  async invalidate(token: string | undefined): Promise<void> {
    // A token minted since the refused one was sent is kept.
    if (token === undefined || this.#current?.token === token) this.#current = undefined;
  }

  onSecret(listener: SecretListener): void {
    this.#listeners.push(listener);
    listener(this.#options.secret);
  }
}
