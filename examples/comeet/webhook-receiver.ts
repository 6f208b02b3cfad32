import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, WebhookVerificationError, parseHireWebhook, signHireWebhook } from '@hr/comeet/webhooks';
import { isEntryPoint } from '../shared/entry.js';

async function rawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A minimal hire-webhook receiver on node:http: verifies Comeet's `signature` header over the raw body
 * and answers 401 when it does not match or the webhook was already received. It then sends itself a
 * signed webhook, a tampered one and the signed one again.
 */
export async function webhookReceiver(): Promise<void> {
  const secretKey = process.env.COMEET_WEBHOOK_SECRET ?? 'example-webhook-secret-key';
  const server = createServer(async (request, response) => {
    const body = await rawBody(request);
    try {
      const { candidate: hire } = await parseHireWebhook({ rawBody: body, headers: request.headers }, { secretKey });
      response.writeHead(200).end();
      console.log(
        `[comeet] webhook accepted: hired ${hire.first_name} ${hire.last_name} (${hire.comeet_id}) as ${hire.position?.name}`,
      );
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      response.writeHead(401).end();
      console.log(`[comeet] webhook refused with 401: ${error.reason}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/comeet/hires`;
  try {
    const payload = JSON.stringify({
      comeet_id: '19E.98',
      first_name: 'Bobby',
      last_name: 'Chauck',
      hired_date: '2016-10-16',
      position: { comeet_id: '34D.98', name: 'Automation QA' },
    });
    const signature = signHireWebhook(payload, secretKey);
    for (const [label, body] of [
      ['signed', payload],
      ['tampered', payload.replace('Bobby', 'Mallory')],
      ['replayed', payload],
    ] as const) {
      const response = await fetch(url, { method: 'POST', headers: { [SIGNATURE_HEADER]: signature }, body });
      console.log(`[comeet] sent ${label} webhook -> HTTP ${response.status}`);
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (isEntryPoint(import.meta.url)) await webhookReceiver();
