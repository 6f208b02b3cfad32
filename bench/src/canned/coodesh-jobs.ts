// Canned Coodesh job pages, recorded once from the Coodesh sandbox, answered after a fixed latency.
import { startCoodeshSandbox, SANDBOX_API_KEY } from '@hr/coodesh/testing';
import type { CannedReply, CannedRoutes } from '../canned-server.js';

/** `GET /v2/jobs?pageSize=…&page=…` as the sandbox answers it for `jobCount` jobs, each answer sent after `latencyMs`. */
export async function routes(options: {
  jobCount: number;
  pageSize: number;
  latencyMs: number;
}): Promise<CannedRoutes> {
  const sandbox = await startCoodeshSandbox({ jobCount: options.jobCount });
  const pages = new Map<string, CannedReply>();
  try {
    for (let page = 1; page <= Math.ceil(options.jobCount / options.pageSize); page++) {
      const res = await fetch(`${sandbox.baseUrl}/v2/jobs?pageSize=${options.pageSize}&page=${page}`, {
        headers: { 'x-api-key': SANDBOX_API_KEY },
      });
      pages.set(String(page), { body: Buffer.from(await res.arrayBuffer()), delayMs: options.latencyMs });
    }
  } finally {
    await sandbox.close();
  }
  return (url) =>
    url.pathname === '/v2/jobs' && url.searchParams.get('pageSize') === String(options.pageSize)
      ? pages.get(url.searchParams.get('page') ?? '1')
      : undefined;
}
