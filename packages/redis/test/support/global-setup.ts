import type { TestProject } from 'vitest/node';
import { startRedisServer } from '../../src/testing.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test Redis server's URL, or '' when none could be started (tests then skip, outside CI). */
    redisUrl: string;
    /** Why the Redis tests cannot run here ('' when they can): the run's summary shows it (scripts/summary-reporter.ts). */
    notRunBecause: string;
  }
}

/**
 * Starts one redis-server for the test run. Without one, the Redis tests skip with a message on
 * a developer machine, and the run fails in CI (where .ci/run installs redis-server).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const server = await startRedisServer();
  if ('error' in server) {
    if (process.env.CI) throw new Error(`@hr/redis tests need a redis-server in CI: ${server.error}`);
    const reason = `${server.error}. Install redis-server (e.g. apt-get install redis-server) to run them; in CI (CI set) they fail instead.`;
    console.warn(`\n[@hr/redis] SKIPPING the Redis tests: ${reason}\n`);
    project.provide('notRunBecause', reason);
    project.provide('redisUrl', '');
    return undefined;
  }
  project.provide('notRunBecause', '');
  project.provide('redisUrl', server.url);
  return () => server.stop();
}
