import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '../log.js';
import type { HireToOnboardService } from '../service.js';
import { BodyTooLargeError, readRawBody } from './raw-body.js';
import { ROUTES } from './routes.js';

/** A listening server. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops accepting and closes open connections. */
  close(): Promise<void>;
}

/**
 * The node:http server of the service: the three push routes (POST); `GET /healthz` (200 when the
 * checkpoint answers, else 503) and `GET /metrics` (Prometheus text format); 404 for anything else.
 */
export function createHireServer(service: HireToOnboardService): Server {
  return createServer(async (request, response) => {
    const send = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/healthz') {
      const health = await service.health();
      return send(health.ok ? 200 : 503, health);
    }
    if (request.method === 'GET' && path === '/metrics') {
      const text = await service.metrics.text();
      return response.writeHead(200, { 'content-type': service.metrics.contentType }).end(text);
    }
    const route = request.method === 'GET' || request.method === 'HEAD' ? undefined : ROUTES[path];
    if (!route) return send(404, { error: `no route ${request.method} ${path}` });
    try {
      const answer = await route(request, await readRawBody(request), service);
      send(answer.status, answer.body);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return send(413, { error: error.message });
      // The push could not be recorded (the checkpoint unreachable): the sender may try again.
      service.log.error(`[http] ${path}: ${errorMessage(error)}`);
      if (!response.headersSent) send(503, { error: 'temporarily unavailable, send it again later' });
    }
  });
}

/** Starts the server on `host:port` (port 0: a free one). */
export async function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
