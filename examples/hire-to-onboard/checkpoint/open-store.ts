import { join } from 'node:path';
import { Redis } from 'ioredis';
import { FileCheckpointStore } from './file-store.js';
import { RedisCheckpointStore } from './redis-store.js';
import type { CheckpointStore } from './types.js';

/**
 * The checkpoint of a run: Redis when `redisUrl` is given (several processes share it), else
 * `checkpoint.json` in `dataDir`. Closing the store closes the Redis connection opened here.
 */
export async function openCheckpointStore({
  redisUrl,
  dataDir,
}: {
  redisUrl?: string | undefined;
  dataDir: string;
}): Promise<CheckpointStore> {
  if (!redisUrl) return FileCheckpointStore.open(join(dataDir, 'checkpoint.json'));
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  return new RedisCheckpointStore(redis, {
    onClose: async () => {
      await redis.quit();
    },
  });
}
