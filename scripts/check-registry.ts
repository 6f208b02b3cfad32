/**
 * The registry route, end to end, as a release and a user take it (docs/releasing.md):
 *
 * 1. a local npm registry starts (Verdaccio, scripts/registry/verdaccio.ts: a free loopback port,
 *    storage and configuration in a temporary folder, serving `@hr/*` only, stopped at the end
 *    whatever happens);
 * 2. a copy of the working tree (the tree itself is never modified) is installed and versioned with
 *    the pending changesets (`pnpm version-packages`), then released with the release command,
 *    `pnpm release` (build, publint and attw, `changeset publish`), to the local registry;
 *    the declarations it built must match the checked-in API reports (`pnpm check:api`);
 * 3. the registry must hold every public package at its new version, in a sound tarball
 *    (scripts/packaging/tarballs.ts);
 * 4. in scratch projects outside the repository, `@hr/moka`, `@hr/feishu-corehr` and `@hr/comeet`
 *    are installed by name, with npm and with pnpm, and scripts/consumer/prove.ts type-checks an ES
 *    module and a CommonJS consumer (with and without @types/node) and every installed README
 *    example, and calls the sandboxes;
 * 5. the README's "Use it in your own project" path runs word for word (scripts/registry/own-project.ts).
 *
 * Consumers reach the local registry through the `@hr` scope alone (`npm_config_@hr:registry`, the
 * environment form of an `@hr:registry=` line in .npmrc, which npm, npx and pnpm all read): every
 * other package comes from the registry they already use, as for a user once the packages are
 * public. The publish step gets the local registry as its only registry and a throwaway user
 * configuration, so no credential of the machine is ever read, and nothing can reach a real registry.
 *
 * Needs the npm registry (for the packages' own dependencies, TypeScript, msw). Prints one line per
 * step, and the output of a command that fails; --verbose prints everything.
 *
 *   pnpm check:registry [--verbose]
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { install, proveConsumer, type ConsumerProject } from './consumer/prove.js';
import { run, step } from './lib/run.js';
import { publishableManifests, readTarball, tarballProblems, tarballSummary } from './packaging/tarballs.js';
import { runOwnProjectPath } from './registry/own-project.js';
import { copyWorkingTree } from './registry/repo-copy.js';
import { startLocalRegistry, type LocalRegistry } from './registry/verdaccio.js';

const root = new URL('..', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');
/** The packages users install by name (with what the other published ones need). */
const BY_NAME = ['@hr/moka', '@hr/feishu-corehr', '@hr/comeet'];

const work = mkdtempSync(join(tmpdir(), 'hr-registry-'));
let registry: LocalRegistry | undefined;
// Ctrl-C or a CI timeout still stops the registry and removes the temporary folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void registry?.close();
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Versions and publishes a copy of the working tree; returns the versions published. */
async function release(local: LocalRegistry): Promise<Map<string, string>> {
  const copy = join(work, 'repo');
  await step('copy the working tree', async () => void copyWorkingTree(root, copy));
  await step('install the copy (pnpm install --frozen-lockfile)', () =>
    run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: copy, verbose }),
  );
  const versions = await step('version it with the pending changesets (pnpm version-packages)', async () => {
    await run('pnpm', ['version-packages'], { cwd: copy, verbose });
    return new Map(publishableManifests(copy).map(({ name, version }) => [name, version] as const));
  });
  console.log(`    ${[...versions].map(([name, version]) => `${name}@${version}`).join(', ')}`);

  // The release's own .npmrc, as CI writes it from its npm token; a throwaway user configuration.
  const host = local.url.replace(/^https?:/, '');
  writeFileSync(join(copy, '.npmrc'), `registry=${local.url}\n${host}:_authToken=${local.token}\n`);
  const userconfig = join(work, 'publish-userconfig');
  writeFileSync(userconfig, '');
  await step('release it to the local registry (pnpm release: build, publint, attw, changeset publish)', () =>
    // --no-git-tag: the copy is no git repository, and tags are no part of what users install.
    run('pnpm', ['release', '--no-git-tag'], {
      cwd: copy,
      verbose,
      env: { npm_config_userconfig: userconfig, npm_config_registry: local.url, 'npm_config_@hr:registry': local.url },
    }),
  );
  // The surface users get is the one reviewed: the released build against the checked-in API reports.
  await step('the released packages match their API reports (pnpm check:api)', () =>
    run('pnpm', ['check:api'], { cwd: copy, verbose }),
  );
  return versions;
}

/** Checks that the registry holds each public package at its new version, in a sound tarball. */
async function checkPublished(local: LocalRegistry, versions: Map<string, string>): Promise<void> {
  await step('the local registry holds every public package, each tarball sound', async () => {
    for (const [name, version] of versions) {
      const response = await fetch(new URL(name.replace('/', '%2f'), local.url));
      const packument = (await response.json()) as { 'dist-tags'?: { latest?: string } };
      if (packument['dist-tags']?.latest !== version)
        throw new Error(`${name}: latest is ${packument['dist-tags']?.latest ?? 'missing'}, not ${version}`);
    }
    const tarballs = readdirSync(join(local.storage, '@hr')).flatMap((name) =>
      readdirSync(join(local.storage, '@hr', name))
        .filter((file) => file.endsWith('.tgz'))
        .map((file) => readTarball(join(local.storage, '@hr', name, file))),
    );
    for (const tarball of tarballs) console.log(`    ${tarballSummary(tarball)}`);
    const problems = tarballProblems(tarballs, publishableManifests(root));
    if (problems.length > 0) throw new Error(`published tarballs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  });
}

/** Installs the packages by name with `tool` into a new scratch project and proves they work there. */
async function consumer(tool: ConsumerProject['tool'], local: LocalRegistry): Promise<void> {
  const dir = join(work, `${tool}-project`);
  mkdirSync(dir);
  const project: ConsumerProject = { tool, dir, env: { 'npm_config_@hr:registry': local.url } };
  // npm gets every public package (so every package README's example is type-checked); pnpm the three.
  const names = tool === 'npm' ? [...BY_NAME, '@hr/coodesh', '@hr/redis', 'ioredis@^5'] : BY_NAME;
  await proveConsumer(project, () => install(project, names));
}

console.log(`Registry route (temporary folder ${work})`);
try {
  registry = await step('start a local registry (Verdaccio)', () => startLocalRegistry(join(work, 'registry')));
  console.log(`    ${registry.url}`);
  const versions = await release(registry);
  await checkPublished(registry, versions);
  await consumer('npm', registry);
  await consumer('pnpm', registry);
  await runOwnProjectPath(join(work, 'own-project'), { 'npm_config_@hr:registry': registry.url });
  console.log('Published through a registry, installed by name with npm and pnpm, type-checked and run.');
} catch (error) {
  if (!(error instanceof Error && error.name === 'CommandError')) console.error(error);
  process.exitCode = 1;
} finally {
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
}
