/** docs/moka.md: the page's client, the names it imports at the top, and what its snippets are handed. */
import { MokaClient, USER_ROLE, type MokaDepartmentInput, type MokaUserInput } from '@hr/moka';
import type { DocSandboxes } from '../sandboxes.js';
import { keep, receiveOnePush, startEndpoint } from './receive.js';

export { MokaClient, MokaUserSyncError, OFFER_CUSTOM_FIELD_TYPE, USER_ROLE } from '@hr/moka';

/** The client the page builds in its first snippet. */
export let moka: MokaClient;
/** Users to sync (your HR system's). */
export let users: MokaUserInput[];
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
/** Your own storage. */
export const upsert = keep;
export const importIntoEhr = keep;

/** Your webhook endpoint's URL (it answers 200). */
export let endpointUrl: string;
let endpoint: Awaited<ReturnType<typeof startEndpoint>> | undefined;

export async function open(sandboxes: DocSandboxes): Promise<void> {
  endpoint = await startEndpoint();
  endpointUrl = endpoint.url;
  moka = new MokaClient({ apiKey: sandboxes.moka.apiKey, baseUrl: sandboxes.moka.baseUrl });
  users = [
    {
      email: 'ada@example.com',
      name: 'Ada',
      phone: '18710000183',
      role: USER_ROLE.INTERVIEWER,
      departmentCode: [],
      superiorEmail: '',
      deactivated: 0,
      thirdPartyId: 'E1',
    },
  ];
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
}

export async function close(): Promise<void> {
  await endpoint?.close();
}
