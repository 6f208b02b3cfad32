import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { FAULT_HEADER } from './faults.js';

/** A request the sandbox received. */
export interface RecordedRequest {
  /** HTTP method. */
  method: string;
  /** The full URL. */
  url: string;
  /** The path without the query. */
  path: string;
  /** Query parameters (repeated keys become arrays). */
  query: Record<string, string | string[]>;
  /** Request headers, lower-cased. */
  headers: Record<string, string>;
  /** The raw body text ('' when none). */
  body: string;
  /** When it arrived (epoch ms). */
  receivedAt: number;
}

/** msw handlers served over real loopback HTTP. */
export interface SandboxServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Every request received so far, in order. */
  readonly requests: RecordedRequest[];
  /** How many TCP connections clients opened (keep-alive reuse keeps this low). */
  readonly connectionCount: number;
  /** Adds handlers in front of the current ones (e.g. one test's faults). */
  use(...handlers: RequestHandler[]): void;
  /** Back to the handlers given at start, and clears `requests`. */
  resetHandlers(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const fault = response.headers.get(FAULT_HEADER) ?? '';
  if (fault === 'reset') {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== FAULT_HEADER) headers[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0) headers['set-cookie'] = setCookies;
  const body = Buffer.from(await response.arrayBuffer());
  if (fault === 'reset-after-headers') {
    res.writeHead(response.status, { ...headers, 'content-length': String(Math.max(body.length, 1024)) });
    res.flushHeaders();
    setImmediate(() => res.socket?.destroy());
    return;
  }
  if (fault.startsWith('truncate:')) {
    const bytes = Number(fault.slice('truncate:'.length));
    res.writeHead(response.status, { ...headers, 'content-length': String(Math.min(bytes, body.length)) });
    res.end(body.subarray(0, bytes));
    return;
  }
  if (fault.startsWith('slow-body:')) {
    const ms = Number(fault.slice('slow-body:'.length));
    res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
    res.flushHeaders();
    const timer = setTimeout(() => res.end(body), ms);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Serves msw request handlers on a loopback port with node:http, so clients under test talk real
 * HTTP over real sockets (keep-alive, resets and timeouts included). msw's `getResponse` picks
 * the handler; requests no handler matches get a 404 JSON body.
 */
export async function serveHandlers(
  handlers: RequestHandler[],
  options: { host?: string; port?: number } = {},
): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const initial = [...handlers];
  let current = [...handlers];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let connectionCount = 0;

  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const method = req.method ?? 'GET';
      requests.push({
        method,
        url: url.toString(),
        path: url.pathname,
        query: queryObject(url.searchParams),
        headers,
        body: body.toString('utf8'),
        receivedAt: Date.now(),
      });
      const hasBody = body.length > 0 && method !== 'GET' && method !== 'HEAD';
      const request = new Request(url, { method, headers, body: hasBody ? body : undefined });
      const response = await getResponse(current, request);
      await writeResponse(
        res,
        response ?? Response.json({ message: `No sandbox handler for ${method} ${url.pathname}` }, { status: 404 }),
      );
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          message: `Sandbox handler failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    }
  });
  server.on('connection', (socket) => {
    connectionCount++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    requests,
    get connectionCount() {
      return connectionCount;
    },
    use(...extra) {
      current = [...extra, ...current];
    },
    resetHandlers() {
      current = [...initial];
      requests.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
