/**
 * Installs the tarballs of dist-packages/ (`pnpm pack:all`) into a scratch npm project in a temporary
 * directory, as docs/using-the-packages.md tells users to, and proves that they work there:
 *
 * 1. without @types/node and `skipLibCheck: true`: the service code of an ES module consumer
 *    (scripts/consumer/moka-offers.mts) and of a CommonJS one (feishu-pre-hires.cts) type-checks;
 * 2. with msw (which the `/testing` entries need, and which brings @types/node along), @types/node
 *    of this repository's Node major, `skipLibCheck: false` and the DOM lib (msw's types need it):
 *    the consumers, their sandbox runners
 *    and every package README's example type-check, and the runners are built and run (Moka from
 *    ESM, Feishu from CJS);
 * 3. npm resolved every `@hr/*` dependency to the tarballs (one copy each, nothing from the registry).
 *
 * The scratch directory is removed afterwards. Needs network access to the npm registry.
 *
 *   pnpm pack:all && pnpm check:consumer
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packDir = join(root, 'dist-packages');
const fixtures = join(root, 'scripts', 'consumer');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

/** What the consumer installs besides the tarballs, at the versions this repository uses. */
const dev = (name: string) => `${name}@${rootManifest.devDependencies[name]}`;
const PEERS = ['ioredis@^5'];

/** The compiler options every consumer config shares: what `tsc --init` users have, Node flavoured. */
const COMPILER_OPTIONS = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true };

function run(dir: string, command: string, args: string[]): void {
  console.log(`  $ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: dir, stdio: 'inherit', env: { ...process.env, npm_config_loglevel: 'error' } });
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The @hr packages npm nested inside a package (a sign that a dependency range missed the tarballs). */
function nestedHrPackages(packageDir: string): string[] {
  const nested = join(packageDir, 'node_modules', '@hr');
  return existsSync(nested) ? readdirSync(nested).map((name) => join(nested, name)) : [];
}

/** The ```ts blocks of a README, one file each. */
function readmeExamples(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

const tarballs = existsSync(packDir) ? readdirSync(packDir).filter((file) => file.endsWith('.tgz')) : [];
if (tarballs.length === 0) {
  console.error(`No tarball in ${packDir}: run \`pnpm pack:all\` first.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'hr-consumer-'));
try {
  console.log(`Scratch project: ${dir}`);
  mkdirSync(join(dir, 'vendor'));
  for (const file of tarballs) copyFileSync(join(packDir, file), join(dir, 'vendor', file));
  writeJson(join(dir, 'package.json'), { name: 'hr-consumer', private: true, type: 'module' });
  for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(dir, file));
  const npmInstall = ['install', '--no-audit', '--no-fund', '--no-package-lock'];
  run(dir, 'npm', [...npmInstall, ...tarballs.map((file) => `./vendor/${file}`), ...PEERS, dev('typescript')]);

  console.log('1. Service code, without @types/node, skipLibCheck: true');
  if (existsSync(join(dir, 'node_modules', '@types', 'node'))) throw new Error('@types/node came in with the packages');
  writeJson(join(dir, 'tsconfig.no-node-types.json'), {
    compilerOptions: { ...COMPILER_OPTIONS, skipLibCheck: true, noEmit: true },
    files: ['moka-offers.mts', 'feishu-pre-hires.cts'],
  });
  run(dir, 'npx', ['tsc', '-p', 'tsconfig.no-node-types.json']);

  console.log('2. With msw and @types/node, skipLibCheck: false: the sandbox runners and the README examples too');
  run(dir, 'npm', [...npmInstall, '--save-dev', dev('msw'), dev('@types/node')]);
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
  if (examples.length < tarballs.length) throw new Error(`only ${examples.length} README examples were found`);
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
  run(dir, 'npx', ['tsc', '-p', 'tsconfig.json']);
  run(dir, 'node', ['out/run-esm.mjs']);
  run(dir, 'node', ['out/run-cjs.cjs']);

  console.log('3. Every @hr/* dependency came from the tarballs');
  const installed = readdirSync(join(dir, 'node_modules', '@hr'));
  const copies = installed.flatMap((name) => nestedHrPackages(join(dir, 'node_modules', '@hr', name)));
  if (copies.length > 0) throw new Error(`a second copy of an @hr package was installed:\n${copies.join('\n')}`);
  console.log(`  node_modules/@hr: ${installed.join(', ')} (one copy each)`);
  console.log('The packed packages install, type-check and run in a fresh project.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
