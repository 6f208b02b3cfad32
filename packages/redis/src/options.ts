import type { Logger, LogLevel } from '@hr/core';
import { LevelLogger } from '@hr/core/internal';
import { RedisConnection, type RedisClient } from './redis-connection.js';

/** Options shared by {@link RedisTokenStore} and {@link RedisRateLimiter}. */
export interface RedisSharingOptions {
  /** Your ioredis client (standalone, Sentinel or Cluster). This package never creates, configures or closes it. */
  redis: RedisClient;
  /** Prefix of every key this component writes. */
  keyPrefix?: string | undefined;
  /** Longest wait for one Redis command before falling back to per-process behaviour, in ms (default 1000). */
  commandTimeoutMs?: number | undefined;
  /** While Redis is down, how often one call probes it again, in ms (default 1000). */
  probeIntervalMs?: number | undefined;
  /** Where warnings go (default `console`). */
  logger?: Logger | undefined;
  /** How much is logged (default `warn`: the outage warning; `info` adds the recovery line). */
  logLevel?: LogLevel | undefined;
}

/** Builds the logger and the guarded connection of one component. */
export function connect(
  options: RedisSharingOptions,
  role: string,
  fallback: string,
): { log: LevelLogger; connection: RedisConnection } {
  if (!options?.redis || typeof options.redis.evalsha !== 'function') {
    throw new TypeError(`@hr/redis ${role}: "redis" must be an ioredis client (new Redis(...) or new Cluster(...))`);
  }
  const log = new LevelLogger(options.logger ?? console, options.logLevel ?? 'warn', '@hr/redis');
  const connection = new RedisConnection(options.redis, {
    role,
    fallback,
    commandTimeoutMs: positiveMs(role, 'commandTimeoutMs', options.commandTimeoutMs, 1_000),
    probeIntervalMs: positiveMs(role, 'probeIntervalMs', options.probeIntervalMs, 1_000),
    log,
  });
  return { log, connection };
}

/** Checks an optional positive duration option. */
export function positiveMs(role: string, name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0))
    throw new TypeError(`@hr/redis ${role}: "${name}" must be a positive number of milliseconds`);
  return value;
}
