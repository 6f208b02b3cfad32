// Runs the ES module consumer against the Moka sandbox (`@hr/moka/testing`, which needs msw).
import { startMokaSandbox } from '@hr/moka/testing';
import { mokaClient, offerStageNames, refusesEmptyRetrieve } from './moka-offers.mjs';

const sandbox = await startMokaSandbox();
try {
  sandbox.state.seedCandidates(3, 'offer');
  const moka = mokaClient(sandbox.apiKey, sandbox.baseUrl);
  const names = await offerStageNames(moka);
  if (names.length !== 3) throw new Error(`expected the 3 seeded candidates, got ${names.length}`);
  if (!(await refusesEmptyRetrieve(moka))) throw new Error('an empty id list was not refused before sending');
  console.log(`  ESM consumer: ${names.length} offer-stage candidates from the Moka sandbox (${names.join(', ')})`);
} finally {
  await sandbox.close();
}
