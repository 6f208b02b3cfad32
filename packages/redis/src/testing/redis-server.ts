import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** A throwaway redis-server on a loopback port (no persistence). */
export interface RedisServer {
  /** The loopback port it listens on. */
  readonly port: number;
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  /** Freezes the server (SIGSTOP): connections stay open, commands get no answer. */
  pause(): void;
  /** Thaws a paused server (SIGCONT). */
  resume(): void;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not pick a free port');
  return address.port;
}

/** Whether something answers PING with PONG on the port. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * For tests and examples: starts a throwaway `redis-server` (no persistence) on a free loopback
 * port. Resolves with the server, or with the reason it could not start (binary missing, crashed,
 * not answering within 5 s), so callers can decide between skipping and failing.
 */
export async function startRedisServer(options: { binary?: string } = {}): Promise<RedisServer | { error: string }> {
  const port = await freePort();
  const binary = options.binary ?? 'redis-server';
  let child: ChildProcess;
  let exited: string | undefined;
  try {
    child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
  } catch (error) {
    return { error: `could not run ${binary}: ${String(error)}` };
  }
  const exit = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      exited = `could not run ${binary}: ${error.message} (is it installed and on PATH?)`;
      resolve();
    });
    child.once('exit', (code, signal) => {
      exited ??= `${binary} exited (code ${code}, signal ${signal})`;
      resolve();
    });
  });
  for (const started = Date.now(); Date.now() - started < 5_000; await delay(50)) {
    if (exited) return { error: exited };
    if (await pings(port)) {
      return {
        port,
        url: `redis://127.0.0.1:${port}`,
        pause: () => child.kill('SIGSTOP'),
        resume: () => child.kill('SIGCONT'),
        async stop() {
          if (exited) return;
          child.kill('SIGCONT');
          child.kill('SIGTERM');
          await exit;
        },
      };
    }
  }
  child.kill('SIGKILL');
  return { error: `${binary} did not answer PING on port ${port} within 5 s` };
}
