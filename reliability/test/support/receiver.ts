import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookVerificationError } from '@hr/core/webhooks';

/** What a push endpoint answered. */
export interface Answer {
  status: number;
  body: string;
}

/** A running push endpoint. */
export interface Receiver {
  url: string;
  /** Sends a push; resolves with the exact answer. */
  send(body: string, headers?: Record<string, string>, method?: string, path?: string): Promise<Answer>;
  close(): Promise<void>;
}

/**
 * A node:http push endpoint around `parse`, written the careless way: a refusal is answered 401 with
 * the refusal's own `reason` and `message` in the body, a success 200. Whatever the receivers put in
 * a refusal is thus on the wire, so "the same answer" means the receivers themselves tell nothing apart.
 */
export async function startReceiver(
  parse: (request: {
    method: string;
    url: string;
    rawBody: Buffer;
    headers: Record<string, string | string[] | undefined>;
  }) => Promise<unknown>,
): Promise<Receiver> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      await parse({
        method: request.method ?? 'POST',
        url: request.url ?? '/',
        rawBody: Buffer.concat(chunks),
        headers: request.headers,
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } catch (error) {
      if (!WebhookVerificationError.isInstance(error)) {
        response.writeHead(500).end(String(error));
        return;
      }
      const { reason, message, cause } = error;
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ reason, message, cause: String(cause) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    send: async (body, headers = {}, method = 'POST', path = '/') => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      return { status: response.status, body: await response.text() };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
