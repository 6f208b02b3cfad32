/** docs/coodesh.md: the page's client, the names it imports, and what its snippets are handed. */
import { CoodeshClient } from '@hr/coodesh';
import { SANDBOX_API_KEY } from '@hr/coodesh/testing';
import type { DocSandboxes } from '../sandboxes.js';
import { receiveOnePush, startEndpoint } from './receive.js';

export { CoodeshClient, UnconfirmedRouteError } from '@hr/coodesh';
export { SANDBOX_API_KEY, SANDBOX_ROUTES } from '@hr/coodesh/testing';

/**
 * The client the page builds in its first snippet, opted in to the reconstructed routes (the
 * sandbox serves them), so the snippets about unconfirmed operations run.
 */
export let coodesh: CoodeshClient;
/** An attempt's token and a recording's id, from the candidate's session. */
export let token: string;
export let recordId: string;
/** Your API key. */
export let apiKey: string;
/** The sandbox the testing section started. */
export let sandbox: DocSandboxes['coodesh'];
/** An assessment-result push, as your `webhook_url` endpoint receives it. */
export let rawBody: string;

/** Your webhook endpoint's URL (it answers 200). */
export let endpointUrl: string;
let endpoint: Awaited<ReturnType<typeof startEndpoint>> | undefined;

export async function open(sandboxes: DocSandboxes): Promise<void> {
  endpoint = await startEndpoint();
  endpointUrl = endpoint.url;
  sandbox = sandboxes.coodesh;
  apiKey = SANDBOX_API_KEY;
  coodesh = new CoodeshClient({ apiKey, baseUrl: sandbox.baseUrl, allowUnconfirmedRoutes: true });
  token = 'attempt-token-1';
  recordId = 'record-1';
  const [assessment] = (await coodesh.ats.assessments.list()).items;
  let webhookUrl = '';
  ({ rawBody } = await receiveOnePush(
    (url) => void (webhookUrl = url),
    async () => {
      const { attempt_id } = await coodesh.ats.attempts.create({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        user_id: '6666c8a39641daa32b5f5443',
        assessment_id: assessment!.assessment_id!,
        company_id: '6666c8c7e4421468fc1bcbb0',
        job_id: '6666c8c2d944f09a35be0043',
        callback_url: 'https://ats.example.com/assessment-done',
        webhook_url: webhookUrl,
      });
      await sandbox.state.completeAttempt(attempt_id!, { score: 90 });
      await sandbox.state.settled();
    },
  ));
}

export async function close(): Promise<void> {
  await endpoint?.close();
}
