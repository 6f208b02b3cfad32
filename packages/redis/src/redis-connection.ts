import type { Cluster, Redis } from 'ioredis';
import type { LevelLogger } from '@hr/core/internal';
import type { LuaScript } from './lua-script.js';

/** An ioredis client (standalone, Sentinel or Cluster) that you created and own. */
export type RedisClient = Redis | Cluster;

/** Raised inside this package when a Redis command failed or took too long; callers fall back. */
class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** ioredis states in which a command may still be answered soon. */
const USABLE_STATES = new Set(['ready', 'wait', 'connecting', 'connect']);

/** Options of {@link RedisConnection}. */
export interface RedisConnectionOptions {
  /** What this connection serves, for log lines (e.g. `token store`). */
  role: string;
  /** What the component does while Redis is unavailable, for the warning. */
  fallback: string;
  /** Longest wait for one Redis command before falling back, in ms. */
  commandTimeoutMs: number;
  /** While Redis is down, how often one call probes it (the others fall back at once), in ms. */
  probeIntervalMs: number;
  log: LevelLogger;
}

/**
 * Runs Redis commands with a deadline and tracks whether Redis is usable. The first failure of an
 * outage logs one warning; until Redis answers again, callers are told to use their per-process
 * fallback, with one probe per interval (so an outage costs at most one timeout per interval).
 */
export class RedisConnection {
  readonly #redis: RedisClient;
  readonly #options: RedisConnectionOptions;
  #down = false;
  #nextProbeAt = 0;

  constructor(redis: RedisClient, options: RedisConnectionOptions) {
    this.#redis = redis;
    this.#options = options;
  }

  /** Whether a call should try Redis now (false during an outage, except for the periodic probe). */
  shouldTry(): boolean {
    if (!USABLE_STATES.has(this.#redis.status)) {
      this.#markDown(`the connection is ${this.#redis.status}`);
      return false;
    }
    if (!this.#down) return true;
    if (Date.now() < this.#nextProbeAt) return false;
    this.#nextProbeAt = Date.now() + this.#options.probeIntervalMs;
    return true;
  }

  /** Runs one command; throws {@link RedisUnavailableError} (after marking Redis down) if it fails or times out. */
  async run<T>(command: (redis: RedisClient) => Promise<T>): Promise<T> {
    if (!USABLE_STATES.has(this.#redis.status)) this.#fail(`the connection is ${this.#redis.status}`);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.#options.commandTimeoutMs} ms`)),
        this.#options.commandTimeoutMs,
      );
    });
    try {
      const result = await Promise.race([command(this.#redis), deadline]);
      this.#recovered();
      return result;
    } catch (error) {
      this.#fail(error instanceof Error ? error.message : String(error), error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Evaluates a Lua script by its SHA1, loading it first when the server does not know it yet. */
  eval(script: LuaScript, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    return this.run((redis) => script.run(redis, keys, args));
  }

  /**
   * Runs `shared` against Redis, or `local` when Redis is down or fails along the way with
   * {@link RedisUnavailableError} (any other error propagates).
   */
  async orLocally<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (!this.shouldTry()) return local();
    try {
      return await shared();
    } catch (error) {
      if (error instanceof RedisUnavailableError) return local();
      throw error;
    }
  }

  /** Sends a command without waiting for it (cleanup after a timeout); errors are ignored. */
  fireAndForget(command: (redis: RedisClient) => Promise<unknown>): void {
    command(this.#redis).catch(() => undefined);
  }

  #markDown(reason: string): void {
    if (this.#down) return;
    this.#down = true;
    this.#nextProbeAt = Date.now() + this.#options.probeIntervalMs;
    this.#options.log.warn(
      `Redis is unavailable for the ${this.#options.role} (${reason}); ${this.#options.fallback} until it answers again`,
    );
  }

  #fail(reason: string, cause?: unknown): never {
    this.#markDown(reason);
    throw new RedisUnavailableError(`Redis is unavailable for the ${this.#options.role}: ${reason}`, { cause });
  }

  #recovered(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#options.log.info(`Redis answers again; the ${this.#options.role} is shared across processes again`);
  }
}
