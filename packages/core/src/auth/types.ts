/** What an auth strategy may add to an outgoing request. */
export interface AuthContext {
  /** Outgoing headers; set the credential here. */
  headers: Record<string, string>;
  /** The caller's abort signal, for strategies that fetch a token. */
  signal?: AbortSignal | undefined;
}

/** Receives a secret to redact; `rotating` marks tokens that are replaced over time. */
export type SecretListener = (secret: string, rotating?: boolean) => void;

/** A way to authenticate requests. */
export interface AuthStrategy {
  /** Adds credentials to the request. May fetch or mint a token. */
  authorize(context: AuthContext): Promise<void>;
  /**
   * Forgets the token after the vendor reported it invalid, so the next `authorize` fetches a
   * fresh one. `used` holds the headers of the rejected request: a strategy drops the token only
   * if it is still the one that was rejected. Strategies with fixed credentials leave this out.
   */
  invalidate?(used?: Record<string, string>): Promise<void>;
  /**
   * Called with every secret this strategy handles so it is redacted: credentials once, and each
   * fetched or minted token as it appears (`rotating`: replaced over time, so only recent ones are kept).
   */
  onSecret?(listener: SecretListener): void;
}

/** Sends no credentials (public endpoints, token endpoints). */
export class NoAuth implements AuthStrategy {
  async authorize(): Promise<void> {}
}
