import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One canned answer: a JSON body, its status and an optional delay before it is sent. */
export interface CannedReply {
  status?: number;
  body: Buffer | string;
  delayMs?: number;
}

/** Picks the canned answer of a request (undefined answers 404). */
export type CannedRoutes = (url: URL, method: string) => CannedReply | undefined;

/** A canned server running in its own process. */
export interface CannedServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a plain `node:http` server in a child process, so the client under test has this process
 * (and its core) to itself. The server answers with the routes exported as `routes(options)` by
 * `routesModule` (a module's `import.meta.url`; `routes` may be async, e.g. to record a vendor fake's answers).
 */
export async function startCannedServer(routesModule: string, options: unknown = {}): Promise<CannedServer> {
  const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child = fork(entry, [JSON.stringify({ module: routesModule, options })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the canned server exited with code ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
