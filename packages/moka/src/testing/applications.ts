import { HttpResponse } from 'msw';
import { failure } from './responses.js';
import type { MokaSandboxState, SandboxCandidate, SandboxStage } from './state.js';

/** Moka writes `updatedAt` as `yyyy-MM-dd HH:mm:ss`; the sandbox's clock is UTC. */
function mokaTime(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

/** A time parameter as epoch ms: Moka's `2018-1-1` / `2017-01-01 10:00:00` read as UTC, else ISO 8601; NaN when unreadable. */
function readTime(text: string): number {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return Date.parse(text);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

const byMove = (a: SandboxCandidate, b: SandboxCandidate) =>
  a.movedAt.localeCompare(b.movedAt) || a.record.applicationId - b.record.applicationId;

const cursorOf = (c: SandboxCandidate) => `${Date.parse(c.movedAt)}-${c.record.applicationId}`;

/**
 * `GET /v1/data/applications`: every stage's applications changed since `fromTime`, oldest first, as
 * `{ id, sourceName, headhunterCompany, stageName, jobId, updatedAt }`, `limit` (default 100) per
 * page; `next` (the position after the page) only while more follow. A request with `next` resumes
 * after that position and takes no `fromTime`.
 */
export function listApplications(state: MokaSandboxState, query: URLSearchParams): Response {
  const next = query.get('next');
  const fromTime = query.get('fromTime');
  const from = fromTime ? readTime(fromTime) : -Infinity;
  if (Number.isNaN(from)) return failure('fromTime is not a readable time', 400);
  const limit = Math.max(Number(query.get('limit') ?? 100) || 100, 1);
  let rows = [...state.candidates].sort(byMove).filter((c) => Date.parse(c.movedAt) >= from);
  if (next) {
    const [time, id] = next.split('-').map(Number) as [number, number];
    rows = rows.filter(
      (c) => Date.parse(c.movedAt) > time || (Date.parse(c.movedAt) === time && c.record.applicationId > id),
    );
  }
  const page = rows.slice(0, limit);
  const body: Record<string, unknown> = {
    data: page.map((c) => ({
      id: c.record.applicationId,
      sourceName: c.record['source'] ?? null,
      headhunterCompany: null,
      stageName: c.record['stageName'] ?? null,
      jobId: (c.record['job'] as { jobId?: string } | undefined)?.jobId ?? null,
      updatedAt: mokaTime(c.movedAt),
    })),
  };
  if (rows.length > limit) body['next'] = cursorOf(page.at(-1)!);
  return HttpResponse.json(body);
}

const MOVED_STAGES: Record<string, readonly SandboxStage[]> = {
  all: ['offer', 'pending_checkin', 'other'],
  offer: ['offer'],
  pending_checkin: ['pending_checkin'],
};
const STAGE_TYPES: Record<SandboxStage, number> = { offer: 101, pending_checkin: 102, other: 201 };

/** One page of the moved feed from `ids`, marking what it returns (unless `reqType` is `all`). */
function movedPage(state: MokaSandboxState, ids: number[], limit: number, reqType: string): Response {
  const page = ids.slice(0, limit);
  const rest = ids.slice(limit);
  const data = page.map((id) => {
    const c = state.candidates.find((x) => x.record.applicationId === id)!;
    if (reqType !== 'all') state.movedMarks.set(id, c.movedAt);
    return { ...c.record, stageType: STAGE_TYPES[c.stage] };
  });
  const body: Record<string, unknown> = { data };
  if (rest.length > 0) {
    const cursor = `moved-${state.nextId()}`;
    state.movedCursors.set(cursor, { ids: rest, limit, reqType });
    body['next'] = cursor;
  }
  return HttpResponse.json(body);
}

/**
 * `GET /v1/data/moved_applications`: the applications of `stage` (`all`, `offer`, `pending_checkin`;
 * the sandbox's `other` candidates are in `all` only) moved since `fromTime`, with their candidate
 * fields and `stageType`. With `reqType=update` (the default) Moka returns what it has not returned
 * before (or what moved since) and marks it; `reqType=all` ignores the marks. `limit` (default 20, at
 * most 100) per page; later pages by `next` alone.
 */
export function listMovedApplications(state: MokaSandboxState, query: URLSearchParams): Response {
  const next = query.get('next');
  if (next) {
    const stored = state.movedCursors.get(next);
    if (!stored) return failure('next is not a cursor of this feed', 400);
    state.movedCursors.delete(next);
    return movedPage(state, stored.ids, Number(query.get('limit') ?? stored.limit) || stored.limit, stored.reqType);
  }
  const stages = MOVED_STAGES[query.get('stage') ?? ''];
  const fromTime = query.get('fromTime');
  if (!fromTime) return failure('Missing required parameter', 400);
  const from = readTime(fromTime);
  if (Number.isNaN(from)) return failure('fromTime is not a readable time', 400);
  const reqType = query.get('reqType') ?? 'update';
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 20) || 20, 1), 100);
  const ids = [...state.candidates]
    .sort(byMove)
    .filter((c) => (stages ?? []).includes(c.stage) && Date.parse(c.movedAt) >= from)
    .filter((c) => reqType === 'all' || state.movedMarks.get(c.record.applicationId) !== c.movedAt)
    .map((c) => c.record.applicationId);
  return movedPage(state, ids, limit, reqType);
}
