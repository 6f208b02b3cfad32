import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAssessmentResultWebhook, type AssessmentResultWebhookEvent } from '@hr/coodesh/webhooks';

/** A local node:http endpoint receiving Coodesh's assessment-result webhooks. */
export interface WebhookReceiver {
  /** The URL to give as `webhook_url`. */
  url: string;
  /** Resolves with the next event for `attemptId` (rejects after `timeoutMs`). */
  waitFor(attemptId: string, timeoutMs: number): Promise<AssessmentResultWebhookEvent>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(
  port = Number(process.env.COODESH_WEBHOOK_PORT ?? 0),
): Promise<WebhookReceiver> {
  const events: AssessmentResultWebhookEvent[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        events.push(parseAssessmentResultWebhook(Buffer.concat(chunks)));
        res.writeHead(204).end();
        for (const wake of waiters) wake();
      } catch (error) {
        res
          .writeHead(400, { 'content-type': 'text/plain' })
          .end(error instanceof Error ? error.message : 'bad webhook');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/coodesh/assessment-result`;
  return {
    url,
    waitFor(attemptId, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const event = events.find((e) => e.attempt_id === attemptId);
          if (!event) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(event);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No result webhook for attempt ${attemptId} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
