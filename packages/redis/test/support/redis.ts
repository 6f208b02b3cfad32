import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, describe, inject } from 'vitest';

/** The run's test Redis server ('' when none could be started: see global-setup.ts). */
export const redisUrl = inject('redisUrl');

/** `describe`, skipped (with the global setup's message) when no redis-server could be started outside CI. */
export function describeWithRedis(name: string, body: () => void): void {
  describe.skipIf(!redisUrl)(name, body);
}

/**
 * ioredis clients for one test file, all closed after it. Each stands for one process's client,
 * as a user would configure it (reconnecting, with the default offline queue).
 */
export function redisClients(): (url?: string, options?: RedisOptions) => Redis {
  const clients: Redis[] = [];
  afterAll(() => {
    for (const client of clients) client.disconnect();
  });
  return (url = redisUrl, options = {}) => {
    const client = new Redis(url, { lazyConnect: false, ...options });
    client.on('error', () => undefined); // connection errors are expected in outage tests
    clients.push(client);
    return client;
  };
}

/** A key prefix no other test uses. */
export function uniquePrefix(): string {
  return `hr-test:${randomUUID()}:`;
}
