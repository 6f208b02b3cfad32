import { isEntryPoint } from '../shared/entry.js';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookVerificationError, parseComeetWebhook } from '@hr/comeet/webhooks';
import { createComeetSandbox } from '@hr/comeet/testing';

async function rawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * One node:http endpoint for Comeet's pushes: position created (POST) / updated (PUT) / deleted
 * (DELETE), authenticated with the partner `Authorization: Bearer <JWT>` (partner secret), and hires,
 * with the `signature` header over the raw body (Secret Key); 401 to anything forged or already
 * received. The local Comeet sandbox feeds it as Comeet does. Nothing is sent to Comeet.
 */
export async function pushReceiver(): Promise<void> {
  const secretKey = process.env['COMEET_WEBHOOK_SECRET'] ?? 'example-webhook-secret-key';
  // Your partner secret (the one your Comeet client signs its calls with): the sandbox signs its pushes with it.
  const sandbox = createComeetSandbox({ secret: process.env['COMEET_SECRET'] });
  const partnerSecret = sandbox.state.secret;
  const server = createServer(async (request, response) => {
    const body = await rawBody(request);
    try {
      const event = await parseComeetWebhook(
        { method: request.method ?? 'POST', rawBody: body, headers: request.headers },
        { secretKey, partnerSecret },
      );
      if (event.type === 'position.deleted') console.log(`[comeet] position ${event.uid} deleted: remove it`);
      else if (event.type === 'hire')
        console.log(`[comeet] hired ${event.candidate.first_name} (${event.candidate.comeet_id})`);
      else if (event.type === 'unknown') console.log(`[comeet] unknown ${event.method} push kept raw`);
      else
        console.log(`[comeet] ${event.type}: ${event.position.uid} ${event.position.name} (${event.position.status})`);
      response.writeHead(200).end();
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      response.writeHead(401).end();
      console.log(`[comeet] push refused with 401: ${error.reason}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    sandbox.webhooks.register(`http://127.0.0.1:${(server.address() as AddressInfo).port}/comeet/pushes`, secretKey);
    await sandbox.webhooks.pushPosition('created', '11.11');
    sandbox.state.positions.get('11.11')!['status'] = 'on hold';
    const updated = await sandbox.webhooks.pushPosition('updated', '11.11');
    await sandbox.webhooks.pushPosition('deleted', '22.22');
    const hired = sandbox.state.addCandidate(
      { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck' },
      new Date(),
    );
    await sandbox.webhooks.pushHire(hired.uid);
    const forged = await sandbox.webhooks.send('PUT', updated.body, '', 'Bearer forged.token.value');
    const asDeletion = await sandbox.webhooks.send('DELETE', updated.body, '', updated.authorization);
    console.log(
      `[comeet] sandbox sent ${sandbox.webhooks.deliveries.length} pushes; the forged one got HTTP ${forged.status}, the update replayed as a deletion HTTP ${asDeletion.status}`,
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (isEntryPoint(import.meta.url)) await pushReceiver();
