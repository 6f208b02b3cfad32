import { randomUUID } from 'node:crypto';
import { runWhenEntryPoint } from '../shared/entry.js';
import { describeWrite, mayWrite } from '../shared/live.js';
import { type Connection, connect } from './connect.js';

/**
 * Moves a pre-hire's hire date, idempotently: the same client_token is used for the call and its
 * retries, and sending it again (e.g. after a crash before the answer was stored) applies nothing twice.
 * On a real account it only says what it would change, unless --live / HR_LIVE=1.
 */
export async function updateHireDate(connection: Connection): Promise<void> {
  const { client, preHireId } = connection;
  if (!preHireId) {
    console.log('  skipped: set FEISHU_PRE_HIRE_ID to the pre-hire to update');
    return;
  }
  // The update requires onboarding_status: send the pre-hire's current one to leave it unchanged.
  const { pre_hire: current } = await client.preHires.get(preHireId);
  const status = { enum_name: current?.onboarding_status?.enum_name ?? 'preboarding' };
  const clientToken = randomUUID(); // store it with your job to resend the same update safely
  const hireDate = '2026-09-01';
  if (!mayWrite(connection)) {
    describeWrite(
      `set the hire_date of pre-hire ${preHireId} to ${hireDate} (PATCH /open-apis/corehr/v1/pre_hires/${preHireId}, twice with one client_token)`,
    );
    return;
  }
  const { data, response } = await client.preHires
    .patch(preHireId, { onboarding_status: status, hire_date: hireDate }, { client_token: clientToken })
    .withResponse();
  console.log(
    `  pre-hire ${preHireId}: hire_date is now ${data.pre_hire?.hire_date} [logid ${response.requestId ?? '-'}]`,
  );
  const again = await client.preHires.patch(
    preHireId,
    { onboarding_status: status, hire_date: hireDate },
    { client_token: clientToken },
  );
  console.log(
    `  sent again with the same client_token ${clientToken.slice(0, 8)}…: hire_date ${again.pre_hire?.hire_date} (applied once)`,
  );
}

await runWhenEntryPoint(import.meta.url, connect, updateHireDate);
