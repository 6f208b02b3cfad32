import { isEntryPoint } from '../shared/entry.js';
import { connect } from './connect.js';
import { listPreHires } from './list-pre-hires.js';
import { longConnection } from './long-connection.js';
import { receiveEvents } from './receive-events.js';
import { storeApp } from './store-app.js';
import { updateHireDate } from './update-hire-date.js';

/**
 * Runs every Feishu CoreHR example: against the sandbox, or the real API when FEISHU_APP_ID /
 * FEISHU_APP_SECRET are set (read-only there unless --live / HR_LIVE=1; a store app's with
 * FEISHU_APP_TYPE=store: then only the store-app example runs, and only reads).
 */
export async function runExamples(): Promise<void> {
  if (process.env.FEISHU_APP_TYPE === 'store') {
    console.log('Feishu CoreHR store-app example against the real API');
    return storeApp();
  }
  const connection = await connect();
  console.log(`Feishu CoreHR examples against the ${connection.target}`);
  try {
    console.log('- list all pre-hires');
    await listPreHires(connection);
    console.log('- update a hire date idempotently');
    await updateHireDate(connection);
    console.log('- receive a pre-hire event and fetch the changed pre-hire');
    await receiveEvents(connection);
    console.log('- receive events over the long connection (no public URL)');
    await longConnection(connection);
    console.log('- a store (marketplace) app: the app_ticket, then two tenants');
    await storeApp();
  } finally {
    await connection.close();
  }
}

if (isEntryPoint(import.meta.url)) await runExamples();
