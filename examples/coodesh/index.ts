import { isEntryPoint } from '../shared/entry.js';
import { atsFlow } from './ats-flow.js';
import { catalogueRoutes } from './catalogue-routes.js';
import { connect } from './connect.js';
import { listJobs } from './list-jobs.js';

/**
 * Runs every Coodesh example: against the sandbox, or the real API when COODESH_API_KEY is set
 * (read-only there unless --live / HR_LIVE=1).
 */
export async function runExamples(): Promise<void> {
  const connection = await connect();
  console.log(`Coodesh examples against the ${connection.target}`);
  try {
    console.log('- list jobs');
    await listJobs(connection);
    console.log('- ATS flow');
    await atsFlow(connection);
    console.log('- catalogue operations (unconfirmed routes)');
    await catalogueRoutes(connection);
  } finally {
    await connection.close();
  }
}

if (isEntryPoint(import.meta.url)) await runExamples();
