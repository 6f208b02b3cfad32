/** docs/comeet.md: the page's clients, the names it imports, and what its snippets are handed. */
import { Readable } from 'node:stream';
import { ComeetClient, type CreateCandidateParams } from '@hr/comeet';
import { Redis } from 'ioredis';
import { SignJWT } from 'jose';
import type { DocSandboxes } from '../sandboxes.js';
import { keep, receiveOnePush, startEndpoint } from './receive.js';

export { ComeetCareersClient, ComeetClient } from '@hr/comeet';

/** The client the page builds in its first snippet. */
export let comeet: ComeetClient;
/** Your credentials, and your Redis (on the run's throwaway redis-server). */
export let apiKey: string;
export let secret: string;
export let redis: Redis;
/** A candidate of the account. */
export let uid: string;
/** A candidate body, as your sync builds it. */
export let body: CreateCandidateParams;
/** A picture's bytes and an attachment's stream, from your storage. */
export let photoBuffer: Buffer;
export let stream: Readable;
/** The webhook secret key Comeet support configured. */
export let secretKey: string;
/** A signed hire push as your endpoint receives it, with the partner token Comeet's partner calls carry. */
export let rawBody: string;
export let req: { method: string; url: string; headers: Record<string, string> };
/** Your own code. */
export const upsert = keep;
export const remove = keep;
export const createEmployee = keep;
export const log = keep;

/** Programs run in one process, where the webhook parser remembers every body it accepted: each hire differs. */
let hires = 0;

/** A PNG of one transparent pixel. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Your webhook endpoint's URL (it answers 200). */
export let endpointUrl: string;
let endpoint: Awaited<ReturnType<typeof startEndpoint>> | undefined;

export async function open(sandboxes: DocSandboxes): Promise<void> {
  endpoint = await startEndpoint();
  endpointUrl = endpoint.url;
  const { comeet: sandbox } = sandboxes;
  apiKey = sandbox.apiKey;
  secret = sandbox.secret;
  redis = new Redis(sandboxes.redisUrl ?? 'redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0 });
  comeet = new ComeetClient({ apiKey, secret, baseUrl: sandbox.baseUrl });
  body = { position_uid: '11.11', partner_candidate_id: 'A-1001', first_name: 'Bobby', last_name: 'Chauck' };
  photoBuffer = PIXEL;
  stream = Readable.from([Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000'))]);
  secretKey = 'doc-webhook-secret';
  process.env['COMEET_WEBHOOK_SECRET'] = secretKey;
  const hired = await comeet.candidates.create({
    ...body,
    partner_candidate_id: `A-0${++hires}`,
    last_name: `Hired ${hires}`,
  });
  uid = hired.uid!;
  const pushed = await receiveOnePush(
    (url) => sandbox.webhooks.register(url, secretKey),
    () => sandbox.webhooks.pushHire(hired.uid!),
  );
  const partnerToken = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(sandbox.apiKey)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(sandbox.secret));
  rawBody = pushed.rawBody;
  req = { ...pushed.req, headers: { ...pushed.req.headers, authorization: `Bearer ${partnerToken}` } };
}

export async function close(): Promise<void> {
  redis?.disconnect();
  await endpoint?.close();
  stream?.destroy();
}
