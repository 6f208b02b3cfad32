/**
 * Writes one installable tarball per publishable package into dist-packages/ (run after `pnpm build`),
 * then checks each one: README.md, LICENSE and the built entry points are inside, no `workspace:`
 * range is left, and every `@hr/*` dependency is satisfied by a tarball of the same folder, so the
 * tarballs install together without the registry. docs/using-the-packages.md says how to use them.
 *
 *   pnpm pack:all
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const PACK_DIR = join(root, 'dist-packages');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
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

function packedManifest(tarball: string): Manifest {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Manifest;
}

function packedFiles(tarball: string): Set<string> {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  return new Set(
    listing
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, '')),
  );
}

/** A range the packed version satisfies: what `pnpm pack` writes for `workspace:^`, `workspace:~` and `workspace:*`. */
function satisfiedBy(range: string, version: string): boolean {
  return range === version || range === `^${version}` || range === `~${version}`;
}

function pack(): void {
  rmSync(PACK_DIR, { recursive: true, force: true });
  mkdirSync(PACK_DIR, { recursive: true });
  // pnpm pack (not npm pack) rewrites `workspace:` ranges into the versions being packed.
  execFileSync('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', PACK_DIR], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function check(): string[] {
  const problems: string[] = [];
  const tarballs = readdirSync(PACK_DIR).filter((file) => file.endsWith('.tgz'));
  const manifests = new Map(tarballs.map((file) => [file, packedManifest(join(PACK_DIR, file))] as const));
  const versions = new Map([...manifests.values()].map(({ name, version }) => [name, version] as const));
  const publishable = readdirSync(join(root, 'packages'))
    .map((dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as Manifest)
    .filter((manifest) => !manifest.private);
  for (const { name } of publishable) if (!versions.has(name)) problems.push(`${name}: no tarball was written`);

  for (const [file, manifest] of manifests) {
    const { name } = manifest;
    const files = packedFiles(join(PACK_DIR, file));
    for (const required of REQUIRED_FILES) if (!files.has(required)) problems.push(`${file}: ${required} is missing`);
    const ranges = { ...manifest.optionalDependencies, ...manifest.peerDependencies, ...manifest.dependencies };
    for (const [dependency, range] of Object.entries(ranges)) {
      if (range.startsWith('workspace:')) problems.push(`${name}: ${dependency} is still "${range}"`);
      if (!dependency.startsWith('@hr/')) continue;
      const version = versions.get(dependency);
      if (version === undefined) problems.push(`${name}: depends on ${dependency}, which was not packed`);
      else if (!satisfiedBy(range, version))
        problems.push(`${name}: needs ${dependency}@${range}, the packed one is ${version}`);
    }
    console.log(`  ${file}  ${files.size} files`);
  }
  return problems;
}

pack();
console.log(`Packed into ${PACK_DIR}:`);
const problems = check();
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Every tarball holds its README, LICENSE and builds, and its @hr/* dependencies are tarballs here.');
