import { runWhenEntryPoint } from '../shared/entry.js';
import { describeWrite, mayWrite } from '../shared/live.js';
import { type Connection, connect } from './connect.js';
import { startWebhookReceiver } from './webhook-receiver.js';

/**
 * The ATS integration flow: list the account's assessments, create an attempt for a candidate,
 * receive the result webhook on a local node:http receiver, then fetch the attempt's result.
 *
 * Against the real API this needs COODESH_USER_ID, COODESH_COMPANY_ID, COODESH_JOB_ID, a candidate
 * (COODESH_CANDIDATE_EMAIL) and COODESH_WEBHOOK_URL: a public URL forwarding to the local receiver
 * (COODESH_WEBHOOK_PORT); without them it only lists the assessments. Creating an attempt invites a
 * real candidate: on a real account it is only sent with --live / HR_LIVE=1.
 */
export async function atsFlow(connection: Connection): Promise<void> {
  const { client, real } = connection;
  const env = process.env;
  const first = await client.ats.assessments.list({ limit: 150 });
  console.log(
    `  ${first.data.total ?? first.items.length} assessment(s); first: ${first.items
      .map((a) => a.name)
      .slice(0, 3)
      .join(', ')}`,
  );
  const assessment = first.items[0];
  if (!assessment?.assessment_id) return console.log('  no assessment to invite a candidate to');

  const attempt = {
    name: env.COODESH_CANDIDATE_NAME ?? 'Ada Lovelace',
    email: env.COODESH_CANDIDATE_EMAIL ?? 'ada@example.com',
    user_id: env.COODESH_USER_ID ?? '6666c8a39641daa32b5f5443',
    assessment_id: assessment.assessment_id,
    company_id: env.COODESH_COMPANY_ID ?? '6666c8c7e4421468fc1bcbb0',
    job_id: env.COODESH_JOB_ID ?? '6666c8c2d944f09a35be0043',
    callback_url: env.COODESH_CALLBACK_URL ?? 'https://ats.example.com/assessment-done',
  };
  if (!mayWrite(connection)) {
    describeWrite(`invite ${attempt.email} to "${assessment.name}" (POST /assessments/ats/attempts)`);
    return;
  }
  if (
    real &&
    !(
      env.COODESH_USER_ID &&
      env.COODESH_COMPANY_ID &&
      env.COODESH_JOB_ID &&
      env.COODESH_CANDIDATE_EMAIL &&
      env.COODESH_WEBHOOK_URL
    )
  ) {
    return console.log(
      '  set COODESH_USER_ID, COODESH_COMPANY_ID, COODESH_JOB_ID, COODESH_CANDIDATE_EMAIL and COODESH_WEBHOOK_URL to create an attempt',
    );
  }
  const receiver = await startWebhookReceiver();
  try {
    const created = await client.ats.attempts.create({
      ...attempt,
      webhook_url: env.COODESH_WEBHOOK_URL ?? receiver.url,
    });
    console.log(`  attempt ${created.attempt_id} created for "${assessment.name}": ${created.attempt_url}`);
    const waitMs = Number(env.COODESH_WEBHOOK_WAIT_MS ?? (real ? 30 * 60_000 : 5_000));
    console.log(`  waiting for the result webhook on ${receiver.url} ...`);
    const event = await receiver.waitFor(created.attempt_id!, waitMs);
    console.log(`  webhook: attempt ${event.attempt_id} is ${event.status}, score ${event.score}`);
    const result = await client.ats.attempts.retrieve(event.attempt_id);
    console.log(
      `  result: ${result.status_formatted ?? result.status} · ${result.score}% (${result.score_type}) · ${result.results?.length ?? 0} test(s)`,
    );
  } finally {
    await receiver.close();
  }
}

await runWhenEntryPoint(import.meta.url, connect, atsFlow);
