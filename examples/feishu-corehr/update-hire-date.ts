import { randomUUID } from 'node:crypto';
import type { Connection } from './connect.js';

/**
 * Moves a pre-hire's hire date, idempotently: the same client_token is used for the call and its
 * retries, and sending it again (e.g. after a crash before the answer was stored) applies nothing twice.
 */
export async function updateHireDate({ client, preHireId }: Connection): Promise<void> {
  if (!preHireId) {
    console.log('  skipped: set FEISHU_PRE_HIRE_ID to the pre-hire to update');
    return;
  }
  const clientToken = randomUUID(); // store it with your job to resend the same update safely
  const hireDate = '2026-09-01';
  const { data, response } = await client.preHires
    .patch(preHireId, { hire_date: hireDate }, { client_token: clientToken })
    .withResponse();
  console.log(
    `  pre-hire ${preHireId}: hire_date is now ${data.pre_hire?.hire_date} [logid ${response.requestId ?? '-'}]`,
  );
  const again = await client.preHires.patch(preHireId, { hire_date: hireDate }, { client_token: clientToken });
  console.log(
    `  sent again with the same client_token ${clientToken.slice(0, 8)}…: hire_date ${again.pre_hire?.hire_date} (applied once)`,
  );
}
