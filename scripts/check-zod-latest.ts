/**
 * The compiled response parser (packages/core/src/fast-parse/) reads zod's internals, and the packages
 * depend on the zod minor it was proven on (`~4.6.7`). This check installs zod's newest 4.x release into
 * a temporary directory and runs the parser's tests against it: the internals check must accept it and
 * the compiled parser must still give zod's verdicts and outputs (packages/core/test/fast-parse.*).
 * A zod release that breaks the parser is then caught here before the range is widened to it; users
 * on the pinned range never meet it (and on any other zod the parser stands aside at first use).
 *
 *   pnpm check:zod-latest             the newest 4.x on the npm registry
 *   pnpm check:zod-latest 4.6.7       a given version
 *
 * Needs the npm registry. The tests resolve `zod` to the temporary copy (source files and tests
 * alike); everything else comes from the workspace.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVitest } from 'vitest/node';

const root = new URL('..', import.meta.url).pathname;
const core = join(root, 'packages', 'core');

/** The newest zod 4.x release on the registry (or the version given on the command line). */
function newestZod4(): string {
  const given = process.argv[2];
  if (given) return given;
  const listed = JSON.parse(
    execFileSync('npm', ['view', 'zod@>=4.0.0 <5', 'version', '--json'], { encoding: 'utf8' }),
  ) as string | string[];
  const versions = (Array.isArray(listed) ? listed : [listed]).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const byNumber = (v: string) => v.split('.').map(Number) as [number, number, number];
  versions.sort((a, b) => {
    const [x, y] = [byNumber(a), byNumber(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  const newest = versions.at(-1);
  if (!newest) throw new Error('The npm registry lists no zod 4.x release');
  return newest;
}

const version = newestZod4();
const dir = mkdtempSync(join(tmpdir(), 'hr-zod-latest-'));
try {
  console.log(`Installing zod ${version} into ${dir}`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `zod@${version}`], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  const zodDir = join(dir, 'node_modules', 'zod');
  const installed = (JSON.parse(readFileSync(join(zodDir, 'package.json'), 'utf8')) as { version: string }).version;
  console.log(`Running the fast parser's tests against zod ${installed}`);
  process.env['HR_ZOD_UNDER_TEST'] = installed; // the internals check's test confirms which zod it met
  const vitest = await startVitest(
    'test',
    ['test/fast-parse.'],
    { root: core, run: true, watch: false },
    // `zod` (exactly: no subpath is used) resolves to the copy just installed.
    { resolve: { alias: [{ find: /^zod$/, replacement: zodDir }] } },
  );
  const failed = vitest.state.getCountOfFailedTests() > 0 || vitest.state.getFiles().length === 0;
  await vitest.close();
  if (failed) {
    console.error(
      `The fast parser does not hold on zod ${installed}: keep the range at the proven minor, fix the parser.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`The fast parser holds on zod ${installed}.`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
