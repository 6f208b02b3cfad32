/**
 * The offline route of docs/using-the-packages.md: installs the tarballs of dist-packages/
 * (`pnpm pack:all`) with npm into a scratch project in a temporary directory and proves there that
 * they type-check and run (scripts/consumer/prove.ts: ESM and CJS consumers with and without
 * @types/node, every package README's example, calls against the sandboxes, one copy of each
 * package). CI proves the registry route instead (scripts/check-registry.ts), which covers the same
 * ground with packages installed by name.
 *
 * The scratch directory is removed afterwards. Needs the npm registry for TypeScript, msw and the
 * packages' own dependencies.
 *
 *   pnpm pack:all && pnpm check:consumer
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { install, proveConsumer, type ConsumerProject } from './consumer/prove.js';

const root = new URL('..', import.meta.url).pathname;
const packDir = join(root, 'dist-packages');

const tarballs = existsSync(packDir) ? readdirSync(packDir).filter((file) => file.endsWith('.tgz')) : [];
if (tarballs.length === 0) {
  console.error(`No tarball in ${packDir}: run \`pnpm pack:all\` first.`);
  process.exit(1);
}

const project: ConsumerProject = { tool: 'npm', dir: mkdtempSync(join(tmpdir(), 'hr-consumer-')) };
console.log(`Scratch project: ${project.dir}`);
try {
  // One npm command for every tarball: npm then takes @hr/core from its tarball for the vendor packages too.
  await proveConsumer(project, () =>
    install(project, [...tarballs.map((file) => join(packDir, file)), 'ioredis@^5'], {}),
  );
  console.log('The packed packages install, type-check and run in a fresh project.');
} catch {
  process.exitCode = 1;
} finally {
  rmSync(project.dir, { recursive: true, force: true });
}
