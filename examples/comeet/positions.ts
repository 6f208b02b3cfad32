import type { ComeetClient } from '@hr/comeet';
import { runWhenEntryPoint } from '../shared/entry.js';
import { describeWrite, mayWrite } from '../shared/live.js';
import { type Connection, connect } from './connect.js';

/** The first open position the integration can see (its `uid` is what `candidates.create` needs). */
export async function firstOpenPosition(client: ComeetClient): Promise<string> {
  // `await` on a listing gives its first page; here one position is enough.
  const [open] = (await client.positions.list({ status: 'open', limit: 1 })).items;
  if (!open) throw new Error('No open position is shared with this integration: set COMEET_POSITION_UID.');
  return open.uid;
}

/**
 * Discovers positions (Recruiting API with the partner JWT; Careers API with the company UID + token),
 * then feeds a candidate to an open position and lists that position's candidates. Against the real
 * API it only reads unless HR_LIVE=1 (or --live) is set, and says what it would have written.
 */
export async function positionsToCandidate(connection: Connection): Promise<void> {
  const { client, careers, target } = connection;
  {
    // Every shared position, page by page: `for await` follows each page's `next_page` link to the end.
    let count = 0;
    for await (const p of client.positions.list({ limit: 50 })) {
      if (++count <= 5)
        console.log(
          `  ${p.uid}  ${p.status ?? '?'}  ${p.name}  (${p.department ?? 'no department'}, ${p.location?.name ?? 'no location'})`,
        );
    }
    console.log(`[comeet] ${target}: ${count} position(s) shared with the integration`);
    if (careers) {
      const published = await careers.positions.list();
      console.log(
        `[comeet] Careers API: ${published.length} published position(s): ${published.map((p) => p.name).join(', ')}`,
      );
    }

    const positionUid = await firstOpenPosition(client);
    const body = {
      position_uid: positionUid,
      partner_candidate_id: `positions-example-${Date.now()}`,
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
    };
    if (!mayWrite(connection)) {
      describeWrite(`create candidate ${body.first_name} ${body.last_name} in ${positionUid} and update its phone`);
      return;
    }
    const candidate = await client.candidates.create(body);
    await client.candidates.update(candidate.uid, {
      updated_by: { type: 'app', name: '@hr/comeet example' },
      phone: '+1-555-0100',
    });
    // The position's own candidate list (`GET /positions/{uid}/candidates`), every page collected.
    const inPosition = await client.positions.listCandidates(positionUid, { limit: 100 }).toArray();
    console.log(
      `[comeet] created and updated ${candidate.uid} in ${positionUid}; the position has ${inPosition.length} candidate(s)`,
    );
  }
}

await runWhenEntryPoint(import.meta.url, connect, positionsToCandidate);
