import { atsFlow } from './ats-flow.js';
import { connect } from './connect.js';
import { listJobs } from './list-jobs.js';

/** Runs every Coodesh example: against the sandbox, or the real API when COODESH_API_KEY is set. */
export async function runExamples(): Promise<void> {
  const connection = await connect();
  console.log(`Coodesh examples against the ${connection.target}`);
  try {
    console.log('- list jobs');
    await listJobs(connection);
    console.log('- ATS flow');
    await atsFlow(connection);
  } finally {
    await connection.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runExamples();
}
