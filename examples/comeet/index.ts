import { pushCandidate } from './push-candidate.js';
import { positionsToCandidate } from './positions.js';
import { pushReceiver } from './push-receiver.js';
import { webhookReceiver } from './webhook-receiver.js';

/** Runs every Comeet example: against the sandbox, or the real API when COMEET_API_KEY / COMEET_SECRET are set. */
export async function runExamples(): Promise<void> {
  await pushCandidate();
  await webhookReceiver();
  await positionsToCandidate();
  await pushReceiver();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runExamples();
}
