/** What an auth strategy may add to an outgoing request. */
export interface AuthContext {
  /** Outgoing headers; set the credential here. */
  headers: Record<string, string>;
  /** The caller's abort signal, for strategies that fetch a token. */
  signal?: AbortSignal | undefined;
  /** The call's per-attempt timeout in ms, for each attempt of a token fetch made for it. */
  timeoutMs?: number | undefined;
}

/**
 * Receives a secret to redact. Credentials come alone; tokens that are replaced over time come with
 * their `lifetime` (`expiresAt` in epoch ms, when known), and stay redacted for all of it.
 */
export type SecretListener = (secret: string, lifetime?: { expiresAt?: number | undefined }) => void;

/** A way to authenticate requests. */
export interface AuthStrategy {
  /**
   * Adds credentials to the request. May fetch or mint a token. Resolves with the token it applied
   * when the strategy rotates tokens, so a refusal can be reported back through `invalidate`.
   */
  authorize(context: AuthContext): Promise<string | void>;
  /**
   * Forgets `token` after the vendor refused it, so the next `authorize` fetches a fresh one. A
   * strategy drops its token only if it is still the refused one (another caller may have refreshed
   * it meanwhile). Strategies with fixed credentials leave this out.
   */
  invalidate?(token: string | undefined): Promise<void>;
  /**
   * Called with every secret this strategy handles so it is redacted: credentials once, and each
   * fetched or minted token as it appears, with its lifetime.
   */
  onSecret?(listener: SecretListener): void;
}
