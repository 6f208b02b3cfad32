import { HttpResponse } from 'msw';
import type { MokaSandboxState } from './state.js';

const HIRE_MODES: Record<string, number> = { social: 1, campus: 2 };

/** The answer of a route Moka does not know (a probe's 404); the sandbox also gives it for an unknown job. */
const notFound = () => HttpResponse.json({ message: '您访问的页面不存在' }, { status: 404 });

/**
 * `GET /v1/jobs/{orgId}?mode=`: the career site's jobs of `mode` (`social` or `campus`), `limit`
 * (default 30) from `offset`, as `{ total, jobs }`. Without `mode`, the HTTP 403 a probe saw:
 * `{ message: "招聘模式 必填", msg: "招聘模式 必填", code: 3 }`.
 */
export function listJobs(state: MokaSandboxState, orgId: string, query: URLSearchParams): Response {
  const hireMode = HIRE_MODES[query.get('mode') ?? ''];
  if (hireMode === undefined)
    return HttpResponse.json({ message: '招聘模式 必填', msg: '招聘模式 必填', code: 3 }, { status: 403 });
  if (orgId !== state.orgId) return HttpResponse.json({ total: 0, jobs: [] });
  const keyword = query.get('keyword');
  const status = query.get('status');
  const matching = state.jobs.filter(
    (j) => j.hireMode === hireMode && (!keyword || j.title.includes(keyword)) && (!status || j.status === status),
  );
  const offset = Math.max(Number(query.get('offset') ?? 0) || 0, 0);
  const limit = Math.max(Number(query.get('limit') ?? 30) || 30, 1);
  return HttpResponse.json({ total: matching.length, jobs: matching.slice(offset, offset + limit) });
}

/** `GET /v1/jobs/{orgId}/{jobId}`: the job, flat. */
export function retrieveJob(state: MokaSandboxState, orgId: string, jobId: string): Response {
  const job = orgId === state.orgId ? state.jobs.find((j) => j.id === jobId) : undefined;
  return job ? HttpResponse.json(job) : notFound();
}
