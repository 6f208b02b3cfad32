import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Forks one worker process running TypeScript sources (as `node --conditions=source --import tsx`). */
export function forkWorker(worker: URL, env: Record<string, string>): ChildProcess {
  return fork(fileURLToPath(worker), [], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    execArgv: ['--conditions=source', '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The next message of `type` from a worker; rejects if it exits first. */
export function message<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { type: string; report?: T }) => {
      if (msg.type !== type) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(msg.report as T);
    };
    const onExit = (code: number | null) => reject(new Error(`worker exited with code ${code} before "${type}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
