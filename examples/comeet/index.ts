import { isEntryPoint } from '../shared/entry.js';
import { connect } from './connect.js';
import { positionsToCandidate } from './positions.js';
import { pushCandidate } from './push-candidate.js';
import { pushReceiver } from './push-receiver.js';
import { webhookReceiver } from './webhook-receiver.js';

/**
 * Runs every Comeet example: against the sandbox, or the real API when COMEET_API_KEY / COMEET_SECRET
 * are set (read-only there unless --live / HR_LIVE=1).
 */
export async function runExamples(): Promise<void> {
  const connection = await connect();
  try {
    await pushCandidate(connection);
    await positionsToCandidate(connection);
  } finally {
    await connection.close();
  }
  await webhookReceiver();
  await pushReceiver();
}

if (isEntryPoint(import.meta.url)) await runExamples();
