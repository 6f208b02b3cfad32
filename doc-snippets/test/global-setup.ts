import { startRedisServer } from '@hr/redis/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway Redis server's URL, or '' when none could be started. */
    redisUrl: string;
    /** Why the Redis snippets cannot run here ('' when they can): the run's summary shows it. */
    notRunBecause: string;
  }
}

/**
 * One throwaway redis-server for the snippets that use Redis. Without one, they are skipped with a
 * message on a developer machine, and the run fails in CI (where .ci/run installs redis-server).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const server = await startRedisServer();
  if ('error' in server) {
    if (process.env.CI) throw new Error(`the Redis doc snippets need a redis-server in CI: ${server.error}`);
    const reason = `${server.error}. Install redis-server to run the doc snippets that use Redis.`;
    project.provide('notRunBecause', reason);
    project.provide('redisUrl', '');
    return undefined;
  }
  project.provide('notRunBecause', '');
  project.provide('redisUrl', server.url);
  return () => server.stop();
}
