/**
 * Proves that installed `@hr/*` packages work in a user's project, whichever way they were installed
 * (tarballs with npm: scripts/check-consumer.ts; by name from a registry with npm and with pnpm:
 * scripts/check-registry.ts). In a scratch project outside the repository:
 *
 * 1. without @types/node and with `skipLibCheck: true`: the service code of the ES module consumers
 *    (fixtures/moka-offers.mts, fixtures/comeet-positions.mts) and of a CommonJS one
 *    (fixtures/feishu-pre-hires.cts) type-checks;
 * 2. with msw (which the `/testing` entries need, and which brings @types/node along), @types/node of
 *    this repository's Node major, `skipLibCheck: false` and the DOM lib (msw's types need it): the
 *    consumers, their sandbox runners and every installed package README's example type-check, and
 *    the runners are built and run (Moka and Comeet from ESM, Feishu from CJS);
 * 3. every `@hr/*` package is installed once (a second copy means a dependency range missed).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, step } from '../lib/run.js';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'scripts', 'consumer', 'fixtures');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

/** A package at the version this repository uses (`typescript@5.9.3`). */
export const pinned = (name: string) => `${name}@${rootManifest.devDependencies[name]}`;

/** The compiler options every consumer config shares: what `tsc --init` users have, Node flavoured. */
const COMPILER_OPTIONS = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true };

/** The service code, without the sandbox runners. */
const SERVICE_FILES = ['moka-offers.mts', 'comeet-positions.mts', 'feishu-pre-hires.cts'];

/** A scratch project and the package manager that installs into it. */
export interface ConsumerProject {
  /** npm or pnpm, for the messages. */
  tool: 'npm' | 'pnpm';
  /** The project's folder, outside the repository. */
  dir: string;
  /** Environment for the package manager (e.g. where `@hr/*` come from). */
  env?: Record<string, string>;
}

/** Installs packages the way `project.tool` does (`npm install` / `pnpm add`). */
export async function install(
  project: ConsumerProject,
  specs: string[],
  options: { dev?: boolean } = {},
): Promise<void> {
  const args =
    project.tool === 'npm'
      ? ['install', '--no-audit', '--no-fund', ...(options.dev ? ['--save-dev'] : []), ...specs]
      : ['add', ...(options.dev ? ['--save-dev'] : []), ...specs];
  await run(project.tool, args, { cwd: project.dir, env: { npm_config_loglevel: 'error', ...project.env } });
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The ```ts blocks of a README, one file each. */
function readmeExamples(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/**
 * Every `@hr/*` package installed more than once: npm nests a second copy inside the package whose
 * range missed (node_modules/@hr/x/node_modules/@hr/core); pnpm keeps one folder per version in
 * node_modules/.pnpm (@hr+core@0.1.0, @hr+core@0.1.1).
 */
function duplicates(project: ConsumerProject): string[] {
  const modules = join(project.dir, 'node_modules');
  if (project.tool === 'pnpm') {
    // Folder names are `@hr+core@0.1.1`, with `_<peers>` after the version when peers resolved.
    const versions = new Map<string, Set<string>>();
    for (const entry of readdirSync(join(modules, '.pnpm')).filter((e) => e.startsWith('@hr+'))) {
      const [name, version] = entry.split('_')[0]!.split(/(?!^)@/) as [string, string];
      versions.set(name, (versions.get(name) ?? new Set()).add(version));
    }
    return [...versions]
      .filter(([, found]) => found.size > 1)
      .map(([name, found]) => `${name}: ${[...found].join(', ')}`);
  }
  return readdirSync(join(modules, '@hr')).flatMap((name) => {
    const nested = join(modules, '@hr', name, 'node_modules', '@hr');
    return existsSync(nested) ? readdirSync(nested).map((inner) => join(nested, inner)) : [];
  });
}

/**
 * Runs the three proofs in `project` (an empty folder), whose `@hr/*` packages `installPackages`
 * installs: by name, or from tarballs, with what they need besides (ioredis for @hr/redis).
 */
export async function proveConsumer(project: ConsumerProject, installPackages: () => Promise<void>): Promise<void> {
  const { dir, tool } = project;
  writeJson(join(dir, 'package.json'), { name: 'hr-consumer', private: true, type: 'module' });
  cpSync(fixtures, dir, { recursive: true });
  await step(`${tool}: install the @hr packages and TypeScript`, async () => {
    await installPackages();
    await install(project, [pinned('typescript')], { dev: true });
  });

  await step(`${tool}: the service code type-checks without @types/node (skipLibCheck: true)`, async () => {
    if (existsSync(join(dir, 'node_modules', '@types', 'node')))
      throw new Error('@types/node came in with the packages');
    writeJson(join(dir, 'tsconfig.no-node-types.json'), {
      compilerOptions: { ...COMPILER_OPTIONS, skipLibCheck: true, noEmit: true },
      files: SERVICE_FILES,
    });
    await run('npx', ['tsc', '-p', 'tsconfig.no-node-types.json'], { cwd: dir });
  });

  await step(
    `${tool}: with msw and @types/node (skipLibCheck: false), the runners and README examples type-check`,
    async () => {
      await install(project, [pinned('msw'), pinned('@types/node')], { dev: true });
      const examples: string[] = [];
      for (const name of readdirSync(join(dir, 'node_modules', '@hr'))) {
        const readme = readFileSync(join(dir, 'node_modules', '@hr', name, 'README.md'), 'utf8');
        readmeExamples(readme).forEach((code, i) => {
          const file = `readme-${name}-${i + 1}.mts`;
          // Each example is a module of its own; the export keeps its top-level names apart.
          writeFileSync(join(dir, file), `${code}\nexport {};\n`);
          examples.push(file);
        });
      }
      if (examples.length === 0) throw new Error('no README example was found in node_modules/@hr');
      writeJson(join(dir, 'tsconfig.json'), {
        // msw's declarations use the DOM's fetch types (RequestInfo, BodyInit...): tests that load them need "DOM".
        compilerOptions: {
          ...COMPILER_OPTIONS,
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          skipLibCheck: false,
          outDir: 'out',
        },
        files: ['run-esm.mts', 'run-cjs.cts', ...examples],
      });
      await run('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: dir });
    },
  );

  await step(`${tool}: the ESM and CJS consumers call the sandboxes`, async () => {
    process.stdout.write(await run('node', ['out/run-esm.mjs'], { cwd: dir }));
    process.stdout.write(await run('node', ['out/run-cjs.cjs'], { cwd: dir }));
  });

  await step(`${tool}: every @hr package is installed once`, async () => {
    const copies = duplicates(project);
    if (copies.length > 0) throw new Error(`an @hr package was installed twice:\n${copies.join('\n')}`);
  });
}
