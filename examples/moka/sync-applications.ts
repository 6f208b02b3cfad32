import { readFile, writeFile } from 'node:fs/promises';
import type { MokaApplicationSummary } from '@hr/moka';
import { runWhenEntryPoint } from '../shared/entry.js';
import { type Connection, connect } from './connect.js';

/** Where the resume point is kept between runs (MOKA_APPLICATIONS_STATE); in memory only without it. */
async function loadResumePoint(path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as { resumeFrom?: string }).resumeFrom : undefined;
}

/** The first run's window: MOKA_APPLICATIONS_FROM, else the sandbox's start, else a week back. */
function firstWindow(real: boolean): string {
  const given = process.env['MOKA_APPLICATIONS_FROM'];
  if (given) return given;
  if (!real) return '2024-01-01';
  return new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * One run of a scheduled sync: pulls every application changed since the saved resume point, across
 * every stage (`applications.pull`, `GET /v1/data/applications`), upserts them by id into `store`,
 * and saves the resume point after each page (a crash re-delivers, never skips).
 */
async function syncOnce(
  { client, target }: Connection,
  store: Map<string, MokaApplicationSummary>,
  fromTime: string,
  statePath: string | undefined,
): Promise<string | undefined> {
  let resumeFrom: string | undefined = fromTime;
  let changed = 0;
  for await (const page of client.applications.pull({ fromTime })) {
    for (const application of page.applications) {
      const id = String(application.id);
      const before = store.get(id);
      if (!before || before.stageName !== application.stageName || before.updatedAt !== application.updatedAt)
        changed++;
      store.set(id, application);
    }
    resumeFrom = page.resumeFrom;
    if (statePath) await writeFile(statePath, JSON.stringify({ resumeFrom }));
    console.log(
      `[moka] ${target}: ${page.applications.length} application(s) in this page; resume from ${resumeFrom ?? '(start)'}`,
    );
  }
  console.log(`[moka] run from ${fromTime}: ${changed} new or changed, ${store.size} known in all`);
  return resumeFrom;
}

/**
 * An incremental application sync across every stage, run twice as a scheduler would: the second run
 * starts where the first stopped and gets only what changed since (plus the applications of that very
 * moment, which an upsert by id absorbs). On the sandbox two candidates move stage in between. Reads
 * only (`reqType: 'all'` on the moved feed, so Moka marks nothing).
 */
export async function syncApplications(connection: Connection): Promise<void> {
  const statePath = process.env['MOKA_APPLICATIONS_STATE'];
  const store = new Map<string, MokaApplicationSummary>();
  const fromTime = (await loadResumePoint(statePath)) ?? firstWindow(connection.real);
  const resumeFrom = await syncOnce(connection, store, fromTime, statePath);

  const { sandbox } = connection;
  if (sandbox) {
    const [first, second] = sandbox.state.candidates;
    if (first && second) {
      sandbox.state.moveCandidate(first.record.applicationId, 'pending_checkin');
      sandbox.state.moveCandidate(second.record.applicationId, 'other');
      console.log(
        `[moka] meanwhile in Moka: applications ${first.record.applicationId} and ${second.record.applicationId} move stage`,
      );
    }
  }
  const secondFrom = resumeFrom ?? fromTime;
  await syncOnce(connection, store, secondFrom, statePath);

  const moved = await connection.client.applications
    .moved({ stage: 'pending_checkin', fromTime: secondFrom.slice(0, 10), reqType: 'all' })
    .toArray();
  console.log(
    `[moka] moved-applications feed: ${moved.length} application(s) in the to-be-onboarded stage since ${secondFrom.slice(0, 10)}`,
  );
}

await runWhenEntryPoint(import.meta.url, connect, syncApplications);
