import { HttpResponse } from 'msw';
import type { MokaSandboxState, SandboxCandidate } from './state.js';
import { failure } from './responses.js';

const STAGES: Record<string, readonly string[]> = {
  offer: ['offer'],
  pending_checkin: ['pending_checkin'],
  all: ['offer', 'pending_checkin'],
};

/** Moka's documented answer for a stage with no candidate: HTTP 500, a "server exception" (in either language). */
function emptyStage(state: MokaSandboxState): Response {
  return state.emptyStageAnswer === 'zh'
    ? HttpResponse.json({ code: -1, success: false, msg: '服务器异常' }, { status: 500 })
    : failure('Server exception', 500);
}

/** Sort key: time moved to the stage, then application id. */
function compare(a: SandboxCandidate, b: SandboxCandidate): number {
  return a.movedAt.localeCompare(b.movedAt) || a.record.applicationId - b.record.applicationId;
}

/** The ISO form of a `movedAt…Time` parameter: null when absent, undefined when not a readable time. */
function timeParam(query: URLSearchParams, name: string): string | null | undefined {
  const value = query.get(name);
  if (value === null || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function matches(c: SandboxCandidate, query: URLSearchParams, from: string | null, to: string | null): boolean {
  const email = query.get('email');
  const phone = query.get('phone');
  const invitation = query.get('invitationUpdateStatus');
  return (
    (!email || c.record['email'] === email) &&
    (!phone || c.record['phone'] === phone) &&
    (!from || c.movedAt >= from) &&
    (!to || c.movedAt <= to) &&
    (!invitation || String(c.record['invitationUpdateStatus'] ?? 0) === invitation)
  );
}

/**
 * `GET /data/ehrApplications`. By `applicationId` (comma-separated): those candidates, in any stage.
 * By `stage`: at most `limit` (≤ 20) per page, sorted by the time they moved to the stage; `next` is
 * the application id of the page's last candidate and is present when more follow, or ALWAYS with
 * `order=ASC` (an empty page repeats the cursor it was given). A stage without any candidate answers a
 * server exception, as Moka documents.
 */
export function listCandidates(state: MokaSandboxState, url: URL): Response {
  const query = url.searchParams;
  const ids = query.get('applicationId');
  if (ids) {
    const wanted = new Set(ids.split(',').map(Number));
    return HttpResponse.json({
      data: state.candidates.filter((c) => wanted.has(c.record.applicationId)).map((c) => c.record),
    });
  }
  const stages = STAGES[query.get('stage') ?? ''];
  if (!stages) return failure('The applicationId and stage parameters must be passed one', 400);
  const from = timeParam(query, 'movedAtStartTime');
  const to = timeParam(query, 'movedAtEndTime');
  // Moka documents no answer for an unreadable time; the sandbox refuses it instead of failing inside.
  if (from === undefined || to === undefined)
    return failure(`${from === undefined ? 'movedAtStartTime' : 'movedAtEndTime'} is not a readable time`, 400);
  const inStage = state.candidates.filter((c) => stages.includes(c.stage));
  if (inStage.length === 0) return emptyStage(state);
  const ascending = query.get('order') === 'ASC';
  const sorted = inStage
    .filter((c) => matches(c, query, from, to))
    .sort((a, b) => (ascending ? compare(a, b) : compare(b, a)));
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 20) || 20, 1), 20);
  const cursor = query.get('next');
  let start = 0;
  if (cursor) {
    const anchor = state.candidates.find((c) => String(c.record.applicationId) === cursor);
    // Resume after the anchor's position in the sort order (it may have left the stage since).
    start = anchor ? sorted.findIndex((c) => (ascending ? compare(c, anchor) : compare(anchor, c)) > 0) : sorted.length;
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  const last = page.at(-1);
  const next = last ? String(last.record.applicationId) : (cursor ?? undefined);
  const body: Record<string, unknown> = { data: page.map((c) => c.record) };
  if ((ascending && next !== undefined) || more) body['next'] = next;
  return HttpResponse.json(body);
}
