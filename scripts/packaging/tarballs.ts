/**
 * What every package tarball must be, whether `pnpm pack:all` wrote it or a registry stored it after
 * `changeset publish`: README.md, LICENSE and the built entry points inside, no `workspace:` range
 * left, and every `@hr/*` dependency satisfied by a tarball of the same set, so the set installs
 * together.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The parts of a packed package.json the checks read. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** One tarball, as the checks saw it. */
export interface Tarball {
  path: string;
  manifest: Manifest;
  files: Set<string>;
  bytes: number;
}

/** The files every tarball must hold, besides package.json. */
const REQUIRED_FILES = [
  'README.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
];

/** Reads a tarball's manifest and file list. */
export function readTarball(path: string): Tarball {
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', path, 'package/package.json'], { encoding: 'utf8' }),
  ) as Manifest;
  const listing = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' });
  const files = new Set(
    listing
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, '')),
  );
  return { path, manifest, files, bytes: statSync(path).size };
}

/** The repository's publishable packages (packages/* without `"private": true`). */
export function publishableManifests(root: string): Manifest[] {
  return readdirSync(join(root, 'packages'))
    .map((dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as Manifest)
    .filter((manifest) => !manifest.private);
}

/** A range the packed version satisfies: what `pnpm pack` writes for `workspace:^`, `workspace:~` and `workspace:*`. */
function satisfiedBy(range: string, version: string): boolean {
  return range === version || range === `^${version}` || range === `~${version}`;
}

/** Every problem of a set of tarballs meant to install together, one line each (none: the set is sound). */
export function tarballProblems(tarballs: readonly Tarball[], publishable: readonly Manifest[]): string[] {
  const problems: string[] = [];
  const versions = new Map(tarballs.map(({ manifest }) => [manifest.name, manifest.version] as const));
  for (const { name } of publishable) if (!versions.has(name)) problems.push(`${name}: no tarball`);
  for (const { path, manifest, files } of tarballs) {
    const file = basename(path);
    for (const required of REQUIRED_FILES) if (!files.has(required)) problems.push(`${file}: ${required} is missing`);
    const ranges = { ...manifest.optionalDependencies, ...manifest.peerDependencies, ...manifest.dependencies };
    for (const [dependency, range] of Object.entries(ranges)) {
      if (range.startsWith('workspace:')) problems.push(`${manifest.name}: ${dependency} is still "${range}"`);
      if (!dependency.startsWith('@hr/')) continue;
      const version = versions.get(dependency);
      if (version === undefined) problems.push(`${manifest.name}: depends on ${dependency}, which has no tarball here`);
      else if (!satisfiedBy(range, version))
        problems.push(`${manifest.name}: needs ${dependency}@${range}, the tarball here is ${version}`);
    }
  }
  return problems;
}

/** One line per tarball: name, version, file count and size. */
export function tarballSummary({ manifest, files, bytes }: Tarball): string {
  return `${`${manifest.name}@${manifest.version}`.padEnd(28)} ${String(files.size).padStart(4)} files  ${(bytes / 1024).toFixed(1).padStart(6)} kB`;
}
