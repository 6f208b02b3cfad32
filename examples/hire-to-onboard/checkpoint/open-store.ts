import { join } from 'node:path';
import { Redis } from 'ioredis';
import { FileCheckpointStore } from './file-store.js';
import { RedisCheckpointStore } from './redis-store.js';
import type { CheckpointStore, StoreOptions } from './types.js';

/** A connection to `REDIS_URL` for the checkpoint (and the Feishu client's shared token and limits); yours to `quit()`. */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  return redis;
}

/**
 * The checkpoint of a run: in Redis when `redis` is given (several processes share it), else
 * `checkpoint.json` in `dataDir`. Either is checked at open and refused when malformed.
 */
export function openCheckpointStore({
  redis,
  dataDir,
  ...options
}: StoreOptions & { redis?: Redis | undefined; dataDir: string }): Promise<CheckpointStore> {
  return redis
    ? RedisCheckpointStore.open(redis, options)
    : FileCheckpointStore.open(join(dataDir, 'checkpoint.json'), options);
}
