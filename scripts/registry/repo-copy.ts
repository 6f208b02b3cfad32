/**
 * A throwaway copy of the repository's working tree (tracked files and new files git does not
 * ignore, as they are on disk), for steps that change files, like `changeset version`: the working
 * tree itself is never modified.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Copies the working tree of `root` into `target` (no node_modules, no build output, no .git). */
export function copyWorkingTree(root: string, target: string): number {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    // A tracked file deleted in the working tree is listed too.
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(root, file), join(target, file));
  }
  return files.length;
}
