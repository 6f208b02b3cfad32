/** docs/moka.md: the page's client, the names it imports at the top, and what its snippets are handed. */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { MokaClient, type MokaCandidate, type MokaDepartmentInput, type MokaUserV2Input } from '@hr/moka';
import type { DocSandboxes } from '../sandboxes.js';
import { keep, receiveOnePush, startEndpoint } from './receive.js';

export { isMarkedDeleted, MokaClient, MokaUserSyncError, OFFER_CUSTOM_FIELD_TYPE, USER_ROLE } from '@hr/moka';

/** The client the page builds in its first snippet. */
export let moka: MokaClient;
/** Your API key. */
export let apiKey: string;
/** Users to sync (your HR system's). */
export let users: MokaUserV2Input[];
/** A candidate your sync read (its job is on the career site). */
export let candidate: MokaCandidate;
/** Your hire's id in your system, and the response your endpoint is writing. */
export let id: string;
export let res: ServerResponse;
/** Your org chart: every department. */
export let orgChart: MokaDepartmentInput[];
/** One of the sandbox's candidates. */
export let applicationId: number;
/** The signing key your CSM configured at Moka. */
export let signingKey: string;
/** A signed `pushCandidate` as your endpoint receives it. */
export let rawBody: string;
export let req: { method: string; url: string; headers: Record<string, string> };
/** Where your cursor lives between runs. */
export let loadCursor: () => Promise<string | undefined>;
export let saveCursor: (cursor: string | undefined) => Promise<void>;
/** Where your application sync keeps its resume point between runs. */
export let load: () => Promise<string | undefined>;
export let save: (resumeFrom: string | undefined) => Promise<void>;
/** Your own storage. */
export const upsert = keep;
export const importIntoEhr = keep;
export const upsertById = keep;

/** Your webhook endpoint's URL (it answers 200). */
export let endpointUrl: string;
let endpoint: Awaited<ReturnType<typeof startEndpoint>> | undefined;

export async function open(sandboxes: DocSandboxes): Promise<void> {
  endpoint = await startEndpoint();
  endpointUrl = endpoint.url;
  moka = new MokaClient({ apiKey: sandboxes.moka.apiKey, baseUrl: sandboxes.moka.baseUrl });
  apiKey = sandboxes.moka.apiKey;
  users = [
    { uniqueType: 'email', email: 'ada@example.com', name: 'Ada', roleId: 1, departmentCode: [], deactivated: 0 },
  ];
  const job = sandboxes.moka.state.addJob();
  candidate = (await moka.candidates.list({ stage: 'offer' })).items[0]!;
  candidate = { ...candidate, job: { ...candidate.job, jobId: job.id } };
  id = 'hire-1001';
  // The operator the department snippets name, departments to delete or merge, and the users' departments.
  sandboxes.moka.state.seedUser({ email: 'hr@example.com' });
  sandboxes.moka.state.seedDepartments([
    { department_code: 'HQ', name: '总部' },
    { department_code: 'OLD', name: 'Old team', parent_code: 'HQ' },
    { department_code: 'GONE', name: 'Gone team', parent_code: 'HQ' },
    // The departments the page's users belong to.
    { department_code: '888', name: 'Sales', parent_code: 'HQ' },
    { department_code: '999', name: 'Support', parent_code: 'HQ' },
    { department_code: 'RD-01', name: 'R&D 1', parent_code: 'HQ' },
  ]);
  res = new ServerResponse(new IncomingMessage(new Socket()));
  orgChart = [
    { department_code: 'd1', name: 'Engineering', parent_code: null },
    { department_code: 'd2', name: 'Platform', parent_code: 'd1' },
  ];
  applicationId = sandboxes.moka.state.candidates[0]!.record.applicationId;
  signingKey = 'doc-signing-key';
  process.env['MOKA_WEBHOOK_SIGNING_KEY'] = signingKey;
  ({ rawBody, req } = await receiveOnePush(
    (url) => sandboxes.moka.webhooks.register(url, signingKey),
    () => sandboxes.moka.webhooks.pushCandidate(applicationId),
  ));
  let cursor: string | undefined;
  loadCursor = async () => cursor;
  saveCursor = async (next) => void (cursor = next);
  let resumeFrom: string | undefined;
  load = async () => resumeFrom;
  save = async (next) => void (resumeFrom = next);
}

export async function close(): Promise<void> {
  await endpoint?.close();
}
