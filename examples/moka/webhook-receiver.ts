import { isEntryPoint } from '../shared/entry.js';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  MokaWebhookVerificationError,
  mokaWebhookFailure,
  mokaWebhookReply,
  parseMokaWebhook,
} from '@hr/moka/webhooks';
import { createMokaSandbox } from '@hr/moka/testing';

async function rawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A Moka push endpoint on node:http: verifies `?sign=` over the raw body with the signing key, answers
 * one non-2xx to every refused push (forged, or a replayed push id; Moka then tells the HR user the
 * import failed), and handles the candidate and interview pushes. The local Moka sandbox feeds it, signing its pushes as Moka does.
 * Nothing is sent to Moka: pushes go from Moka to you.
 */
export async function webhookReceiver(): Promise<void> {
  const signingKey = process.env['MOKA_WEBHOOK_SIGNING_KEY'] ?? 'example-moka-signing-key';
  const server = createServer(async (request, response) => {
    const body = await rawBody(request);
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    try {
      const event = await parseMokaWebhook({ rawBody: body, query }, { signingKey });
      if (event.known && event.event === 'pushCandidate') {
        console.log(
          `[moka] push ${event.id}: import ${event.data.name} (application ${event.data.applicationId}) into the EHR`,
        );
      } else if (event.known) {
        const sessions = event.data.interviews?.length ?? 0;
        console.log(`[moka] push ${event.id}: ${event.event} for ${sessions} interview(s)`);
      } else {
        console.log(`[moka] push ${event.id}: "${event.event}" kept raw${event.encrypted ? ' (encrypted data)' : ''}`);
      }
      const reply = mokaWebhookReply();
      response.writeHead(reply.status, reply.headers).end(reply.body);
    } catch (error) {
      if (!(error instanceof MokaWebhookVerificationError)) throw error;
      const refusal = mokaWebhookFailure('签名校验失败 (signature check failed)', 401);
      response.writeHead(refusal.status, refusal.headers).end(refusal.body);
      console.log(`[moka] push refused with 401: ${error.reason}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const sandbox = createMokaSandbox();
    const [candidate] = sandbox.state.seedCandidates(1, 'pending_checkin');
    const applicationId = candidate!.record.applicationId;
    sandbox.webhooks.register(`http://127.0.0.1:${(server.address() as AddressInfo).port}/moka/webhooks`, signingKey);

    const pushed = await sandbox.webhooks.pushCandidate(applicationId);
    await sandbox.webhooks.pushInterviews('createInterviewsInfo', [applicationId]);
    await sandbox.webhooks.push('someFutureEvent', { applicationId });
    const forged = await sandbox.webhooks.send(
      'pushCandidate',
      pushed.body.replace(/"name":"[^"]*"/, '"name":"Mallory"'),
      pushed.sign,
    );
    const replayed = await sandbox.webhooks.send('pushCandidate', pushed.body, pushed.sign);
    console.log(
      `[moka] sandbox sent ${sandbox.webhooks.deliveries.length} pushes; the tampered one got HTTP ${forged.status}, the replayed one HTTP ${replayed.status}`,
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (isEntryPoint(import.meta.url)) await webhookReceiver();
