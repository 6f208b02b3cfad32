import { HRError } from '../errors/hr-error.js';
import { abortable } from '../async/abort.js';
import { InMemoryTokenStore, type StoredToken, type TokenStore } from './token-store.js';
import type { AuthContext, AuthStrategy, SecretListener } from './strategy.js';

/** What a token fetch returns. */
export interface FetchedToken {
  /** The access token. */
  token: string;
  /** Its lifetime in seconds, as the vendor returned it (never assume a constant). */
  expiresIn: number;
}

/** What a token fetch knows about the call that needed it. */
export interface TokenFetchContext {
  /** The call's per-attempt timeout, ms, to use for the token request's attempts. */
  timeoutMs?: number | undefined;
}

/** Options of {@link TokenProviderAuth}. */
export interface TokenProviderAuthOptions {
  /** Cache key, e.g. `feishu:https://open.feishu.cn:cli_xxx`. Never put a secret in it. */
  key: string;
  /**
   * Fetches a new token from the vendor. Shared by every waiting caller, so it gets no caller's
   * signal; `timeoutMs` is the per-attempt timeout of the call that needed it.
   */
  fetchToken: (context: TokenFetchContext) => Promise<FetchedToken>;
  /** Where the token is cached (default: in this process). */
  store?: TokenStore | undefined;
  /**
   * Refresh this many seconds before expiry (default: 5 minutes, or a tenth of the lifetime for
   * short-lived tokens, whichever is smaller).
   */
  refreshMarginSeconds?: number | undefined;
  /** Header to set (default `authorization`). */
  header?: string | undefined;
  /** Prefix before the token (default `Bearer `). */
  scheme?: string | undefined;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Bearer auth from an async token source: the token is cached, refreshed ahead of expiry, fetched
 * once for any number of concurrent callers, and dropped on `invalidate()` so the single replay
 * after an invalid-token answer uses a fresh one.
 */
export class TokenProviderAuth implements AuthStrategy {
  readonly #options: TokenProviderAuthOptions;
  readonly #store: TokenStore;
  readonly #now: () => number;
  readonly #listeners: SecretListener[] = [];
  #inflight: Promise<StoredToken> | undefined;
  /** The token last handed to the listeners: a cached token is registered once, not on every call. */
  #emitted: StoredToken | undefined;

  constructor(options: TokenProviderAuthOptions) {
    this.#options = options;
    this.#store = options.store ?? new InMemoryTokenStore();
    this.#now = options.now ?? Date.now;
  }

  async authorize({ headers, signal, timeoutMs }: AuthContext): Promise<string> {
    const token = await this.getToken(signal, timeoutMs);
    headers[(this.#options.header ?? 'authorization').toLowerCase()] = `${this.#options.scheme ?? 'Bearer '}${token}`;
    return token;
  }

  /** The current token, fetching one if none is cached or it is due for refresh. */
  async getToken(signal?: AbortSignal, timeoutMs?: number): Promise<string> {
    const cached = await this.#store.get(this.#options.key);
    if (cached && !this.#dueForRefresh(cached)) {
      this.#emit(cached);
      return cached.value;
    }
    return (await this.#refresh(signal, { timeoutMs })).value;
  }

  async invalidate(token: string | undefined): Promise<void> {
    await this.#store.delete(this.#options.key, token);
  }

  onSecret(listener: SecretListener): void {
    this.#listeners.push(listener);
    this.#emitted = undefined; // the new listener gets the current token on the next call
  }

  #emit(token: StoredToken): void {
    const last = this.#emitted;
    if (last && last.value === token.value && last.expiresAt === token.expiresAt) return;
    this.#emitted = token;
    // `expiresAt` is the refresh time; the token itself lives up to the refresh margin longer.
    const lifetime = { expiresAt: token.expiresAt + this.#marginCapMs() };
    for (const listener of this.#listeners) listener(token.value, lifetime);
  }

  #dueForRefresh(token: StoredToken): boolean {
    return this.#now() >= token.expiresAt;
  }

  /**
   * One fetch at a time: concurrent callers share the in-flight promise. The shared fetch runs
   * without any caller's signal (one caller giving up must not fail the others); each caller
   * stops waiting when its own signal aborts.
   */
  #refresh(signal: AbortSignal | undefined, context: TokenFetchContext): Promise<StoredToken> {
    this.#inflight ??= this.#fetch(context).finally(() => {
      this.#inflight = undefined;
    });
    return abortable(this.#inflight, signal, 'The request was aborted while waiting for a token');
  }

  async #fetch(context: TokenFetchContext): Promise<StoredToken> {
    const fetchNew = () => this.#fetchFromVendor(context);
    if (this.#store.refresh) {
      // The token may come from another process: register it for redaction here too.
      const shared = await this.#store.refresh(this.#options.key, fetchNew, (token) => !this.#dueForRefresh(token));
      this.#emit(shared);
      return shared;
    }
    const token = await fetchNew();
    await this.#store.set(this.#options.key, token);
    return token;
  }

  async #fetchFromVendor(context: TokenFetchContext): Promise<StoredToken> {
    const fetched = await this.#options.fetchToken(context);
    const lifetimeMs = usableLifetimeSeconds(fetched.expiresIn) * 1000;
    const marginMs = Math.min(this.#marginCapMs(), lifetimeMs / 10);
    // `expiresAt` already has the refresh margin taken off: a shared store then needs no margin logic.
    const token = { value: fetched.token, expiresAt: this.#now() + lifetimeMs - marginMs };
    this.#emit(token);
    return token;
  }

  /** The configured refresh margin, ms (the most a token is refreshed before it expires). */
  #marginCapMs(): number {
    return (this.#options.refreshMarginSeconds ?? 300) * 1000;
  }
}

/** Lifetimes below this are cached this long anyway: a token is never fetched per call. */
const MIN_LIFETIME_SECONDS = 1;
/** Lifetimes above this are capped: a token is re-checked at least daily. */
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * The lifetime the vendor announced, made safe: refused when it is not a positive number (no valid
 * token can be told from it), raised to a second when shorter, capped at a day when absurd.
 */
function usableLifetimeSeconds(expiresIn: unknown): number {
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new HRError(
      `The token endpoint announced an unusable lifetime (${typeof expiresIn === 'number' ? expiresIn : typeof expiresIn}): ` +
        'a token must live a positive number of seconds; not caching or using it',
    );
  }
  return Math.min(MAX_LIFETIME_SECONDS, Math.max(MIN_LIFETIME_SECONDS, expiresIn));
}
