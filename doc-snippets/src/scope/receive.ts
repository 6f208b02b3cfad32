/**
 * What a page's webhook snippets are handed: one push, received the way your endpoint receives it.
 * A throwaway endpoint on loopback records the first request a sandbox sends it; `rawBody` is its
 * body exactly as sent, `req` the parts of Node's `IncomingMessage` the snippets read.
 */
import { serveHandlers } from '@hr/core/testing';
import { http, HttpResponse } from 'msw';

/** The parts of an incoming request a webhook snippet reads. */
export interface ReceivedPush {
  rawBody: string;
  req: { method: string; url: string; headers: Record<string, string> };
}

/** Registers a throwaway endpoint with `register`, makes the sandbox push with `push`, returns what arrived. */
export async function receiveOnePush(
  register: (url: string) => void,
  push: () => Promise<unknown>,
): Promise<ReceivedPush> {
  const endpoint = await serveHandlers([http.all('*', () => HttpResponse.json({ ok: true }))]);
  try {
    register(`${endpoint.url}/webhooks`);
    await push();
    const received = endpoint.requests[0];
    if (!received) throw new Error('the sandbox pushed nothing');
    const url = new URL(received.url);
    return {
      rawBody: received.body,
      req: { method: received.method, url: `${url.pathname}${url.search}`, headers: received.headers },
    };
  } finally {
    await endpoint.close();
  }
}

/** Your webhook endpoint: a loopback server that answers 200 to anything, open until `close()`. */
export async function startEndpoint(): Promise<{ url: string; close(): Promise<void> }> {
  const endpoint = await serveHandlers([http.all('*', () => HttpResponse.json({ ok: true }))]);
  return { url: `${endpoint.url}/webhooks`, close: () => endpoint.close() };
}

/** Stand-ins for your own code that the snippets call (store a record, log...): they keep what they get. */
export const kept: unknown[] = [];
/** Keeps its arguments, like your own storage would. */
export const keep = async (...values: unknown[]): Promise<void> => void kept.push(...values);
