/**
 * Writing and checking a package's generated files, shared by the packages' generators:
 * `pnpm generate` writes them (and deletes generated files no longer made); `pnpm generate --check`
 * exits 1 when one differs from what the generator makes (the drift test CI runs).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** Formats each file (path relative to `packageRoot` → content) with the repository's Prettier settings. */
export async function formatFiles(packageRoot: string, files: Map<string, string>): Promise<Map<string, string>> {
  const formatted = new Map<string, string>();
  for (const [path, content] of files) {
    const filepath = `${packageRoot}${path}`;
    const options = await resolveConfig(filepath);
    formatted.set(path, await format(content, { ...options, filepath }));
  }
  return formatted;
}

/** Every file under `dir` (relative to `packageRoot`) now, as paths relative to `packageRoot`. */
export function listFiles(packageRoot: string, dir: string): string[] {
  const absolute = `${packageRoot}${dir}`;
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(packageRoot, `${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
  );
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The command line of a generator: writes `files` under `packageRoot` and deletes the files of
 * `dir` it no longer makes, or with `--check` only reports them and exits 1.
 */
export function writeOrCheck(packageRoot: string, dir: string, files: Map<string, string>, argv = process.argv): void {
  const check = argv.includes('--check');
  const stale: string[] = [];
  for (const [path, content] of files) {
    const target = `${packageRoot}${path}`;
    if (readOrEmpty(target) === content) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  for (const path of listFiles(packageRoot, dir).filter((p) => !files.has(p))) {
    stale.push(path);
    if (!check) rmSync(`${packageRoot}${path}`);
  }
  if (check && stale.length > 0) {
    console.error(`Out of date (run pnpm generate): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(
    check
      ? 'Generated files are up to date.'
      : `Wrote ${stale.length} file(s)${stale.length ? `: ${stale.join(', ')}` : ''}.`,
  );
}
