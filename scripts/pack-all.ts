/**
 * Builds every package and writes one installable tarball per publishable package into
 * dist-packages/, then checks each one (scripts/packaging/tarballs.ts): README.md, LICENSE and the
 * built entry points are inside, no `workspace:` range is left, and every `@hr/*` dependency is
 * satisfied by a tarball of the same folder, so the tarballs install together without the registry.
 * docs/using-the-packages.md says how to use them.
 *
 * Prints one line per package; the build's and pack's own output only when they fail, or always
 * with --verbose. --no-build packs what is already built (CI builds once, in check:packages).
 *
 *   pnpm pack:all [--verbose] [--no-build]
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, step } from './lib/run.js';
import { publishableManifests, readTarball, tarballProblems, tarballSummary } from './packaging/tarballs.js';

const root = new URL('..', import.meta.url).pathname;
const PACK_DIR = join(root, 'dist-packages');
const verbose = process.argv.includes('--verbose');

try {
  if (!process.argv.includes('--no-build')) {
    await step('build (pnpm build)', () => run('pnpm', ['build'], { cwd: root, verbose }));
  }
  await step(`pack into ${PACK_DIR}`, async () => {
    rmSync(PACK_DIR, { recursive: true, force: true });
    mkdirSync(PACK_DIR, { recursive: true });
    // pnpm pack (not npm pack) rewrites `workspace:` ranges into the versions being packed.
    await run('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', PACK_DIR], {
      cwd: root,
      verbose,
    });
  });
} catch {
  process.exit(1);
}

const tarballs = readdirSync(PACK_DIR)
  .filter((file) => file.endsWith('.tgz'))
  .map((file) => readTarball(join(PACK_DIR, file)));
for (const tarball of tarballs)
  console.log(`  ${tarballSummary(tarball)}  dist-packages/${tarball.path.split('/').pop()}`);
const problems = tarballProblems(tarballs, publishableManifests(root));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Every tarball holds its README, LICENSE and builds, and its @hr/* dependencies are tarballs here.');
