import { execFileSync } from 'node:child_process';

/** Reads `path` at `commit` from a bare git directory (a local copy of an SDK's repository). */
export function gitShow(gitDir: string, commit: string, path: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** The full hash of `ref` in `gitDir`. */
export function gitCommit(gitDir: string, ref: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', ref], { encoding: 'utf8' }).trim();
}
