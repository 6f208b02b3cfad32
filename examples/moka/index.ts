import { isEntryPoint } from '../shared/entry.js';
import { connect } from './connect.js';
import { exportOfferCandidates } from './export-offer-candidates.js';
import { syncApplications } from './sync-applications.js';
import { syncOrgChart } from './sync-org-chart.js';
import { syncOrgChartV2 } from './sync-org-chart-v2.js';
import { syncUsers } from './sync-users.js';
import { webhookReceiver } from './webhook-receiver.js';

/**
 * Runs every Moka example: against a seeded sandbox, or the real API when MOKA_API_KEY is set
 * (read-only there unless --live / HR_LIVE=1).
 */
export async function runExamples(): Promise<void> {
  const connection = await connect();
  try {
    await syncOrgChart(connection);
    await syncUsers(connection);
    await syncOrgChartV2(connection);
    await exportOfferCandidates(connection);
    await syncApplications(connection);
  } finally {
    await connection.close();
  }
  await webhookReceiver();
}

if (isEntryPoint(import.meta.url)) await runExamples();
