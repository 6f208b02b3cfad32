import { fileURLToPath } from 'node:url';
import { CandidateConflictError, InputValidationError, resumeFrom } from '@hr/comeet';
import { runWhenEntryPoint } from '../shared/entry.js';
import { describeWrite, mayWrite } from '../shared/live.js';
import { type Connection, connect } from './connect.js';
import { firstOpenPosition } from './positions.js';

/**
 * Pushes a candidate with a resume read from a file, then shows the duplicate and bad-input answers.
 * On a real account it only prints the candidate it would create, unless --live / HR_LIVE=1.
 */
export async function pushCandidate(connection: Connection): Promise<void> {
  const { client, target } = connection;
  const positionUid = connection.positionUid ?? (await firstOpenPosition(client));
  const resume = await resumeFrom(fileURLToPath(new URL('./sample-resume.pdf', import.meta.url)));
  const body = {
    position_uid: positionUid,
    partner_candidate_id: `example-${Date.now()}`,
    first_name: 'Bobby',
    last_name: 'Chauck',
    email: 'bobby.chauck@example.com',
    prospect_status: 'Interested' as const,
    resume,
    note: 'Pushed by the @hr/comeet example',
  };
  if (!mayWrite(connection)) {
    describeWrite(`create candidate ${body.first_name} ${body.last_name} (POST /candidates)`, [
      `position ${positionUid}, ${body.email}, resume ${resume.name}, then the same again (a conflict)`,
    ]);
  } else {
    const candidate = await client.candidates.create(body);
    console.log(
      `[comeet] ${target}: created candidate ${candidate.uid} (${candidate.status}) with resume ${resume.name}`,
    );
    const again = await client.candidates.create(body).catch((error: unknown) => error);
    if (again instanceof CandidateConflictError) {
      console.log(
        `[comeet] same partner_candidate_id again -> conflict, existing candidate_uid ${again.candidate_uid}`,
      );
    }
  }

  const bad = await resumeFrom(Buffer.from('plain text'), { fileName: 'resume.txt' }).catch((error: unknown) => error);
  if (bad instanceof InputValidationError) console.log(`[comeet] refused before sending: ${bad.message}`);
}

await runWhenEntryPoint(import.meta.url, connect, pushCandidate);
