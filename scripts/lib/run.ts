/**
 * Runs commands for the repository's scripts without flooding the terminal: a command's output is
 * kept and printed only when it fails (or always, with `verbose`), and each step prints one line
 * with its time. Commands run asynchronously, so a server in the same process (the local registry
 * of scripts/check-registry.ts) keeps answering while they do.
 */
import { spawn } from 'node:child_process';

/** Where and how a command runs. */
export interface RunOptions {
  cwd: string;
  /** Extra environment variables (merged over this process's). */
  env?: Record<string, string | undefined>;
  /** Print the command's output as it comes (default: only when it fails). */
  verbose?: boolean;
}

/** A command that exited non-zero, with everything it printed. */
class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly output: string,
    exit: string,
  ) {
    super(`\`${command}\` failed (${exit})`);
    this.name = 'CommandError';
  }
}

/** Runs `command args`; resolves with its combined stdout and stderr, rejects with a `CommandError`. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  const line = [command, ...args].join(' ');
  if (options.verbose) console.log(`  $ ${line}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    const collect = (chunk: Buffer) => {
      chunks.push(chunk);
      if (options.verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8');
      if (code === 0) resolve(output);
      else reject(new CommandError(line, output, signal ? `signal ${signal}` : `exit ${code}`));
    });
  });
}

/** Runs one named step, printing `✓ name (1.2 s)` or, when it fails, what failed and the command's output. */
export async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    const result = await work();
    console.log(`  ✓ ${name} (${took()})`);
    return result;
  } catch (error) {
    console.error(`  ✗ ${name} (${took()})`);
    if (error instanceof CommandError) console.error(`\n${error.message}; its output:\n\n${error.output.trimEnd()}\n`);
    throw error;
  }
}
