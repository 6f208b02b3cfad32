/** What an auth strategy may add to an outgoing request. */
export interface AuthContext {
  /** Outgoing headers; set the credential here. */
  headers: Record<string, string>;
  /** The caller's abort signal, for strategies that fetch a token. */
  signal?: AbortSignal | undefined;
}

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
  /** Called with every secret this strategy handles (keys, minted tokens) so they are redacted. */
  onSecret?(listener: (secret: string) => void): void;
}

/** Sends no credentials (public endpoints, token endpoints). */
export class NoAuth implements AuthStrategy {
  async authorize(): Promise<void> {}
}
