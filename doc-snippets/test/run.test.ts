/**
 * Every TypeScript snippet of README.md, docs/*.md and packages/*\/README.md runs, as written,
 * against fresh vendor sandboxes (src/sandboxes.ts), unless its page marks it as needing real
 * credentials (src/markdown.ts); test/typecheck.test.ts type-checks them all. The harness changes
 * one thing in the code: clients get the sandbox's base URL (src/rewrite.ts); the page's earlier
 * names come from its scope (src/scope/).
 *
 * Why rewrite the snippet rather than teach the SDK about the harness: the SDK must not carry a test
 * backdoor (an environment variable that changes where a client sends a real key would be one), and
 * a client's `baseUrl` is already its documented way to point at the sandbox. The rewrite keeps the
 * line count, so errors keep the page's line numbers; any other host is refused by
 * src/network-guard.ts, so a snippet the rewrite missed fails instead of calling a vendor.
 *
 * A failure names the page and line, and says what to do.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, inject, test } from 'vitest';
import { documentationPrograms, type Program } from '../src/markdown.js';
import { moduleFileName, programModule } from '../src/module.js';
import { pointClientsAtSandboxes } from '../src/rewrite.js';
import { startDocSandboxes } from '../src/sandboxes.js';
import { scopeNames, scopeOf, type ScopeModule } from '../src/scope/index.js';

declare global {
  // The base URL of each client class, read by the rewritten `new XClient({ baseUrl: ... })`.
  var __hrDocBaseUrls: Record<string, string> | undefined;
}

const root = new URL('../..', import.meta.url).pathname;
const generated = new URL('../.generated/run/', import.meta.url).pathname;
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });

// The snippets run in a folder holding the files they name (a resume, an upload chunk, a dataset).
const workingFolder = mkdtempSync(join(tmpdir(), 'hr-doc-snippets-'));
copyFileSync(join(root, 'examples/comeet/sample-resume.pdf'), join(workingFolder, 'bobby_cv.pdf'));
writeFileSync(join(workingFolder, 'chunk-0003.webm'), Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
writeFileSync(join(workingFolder, 'employees.sqlite'), 'SQLite format 3\0');
const startedIn = process.cwd();
process.chdir(workingFolder);
afterAll(() => {
  process.chdir(startedIn);
  rmSync(workingFolder, { recursive: true, force: true });
  rmSync(generated, { recursive: true, force: true });
});

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error'] as const;
const consoleMethods = Object.fromEntries(CONSOLE_METHODS.map((method) => [method, console[method]]));

const HOW_TO_FIX =
  'The snippet must run as written against the sandboxes (see doc-snippets/README.md): fix it, declare what it uses ' +
  '(or, for a name the page introduced earlier, add it to the page scope in doc-snippets/src/scope/), or, if it can only ' +
  'run against a real account, put <!-- snippet: needs-credentials --> right above its fence, with a sentence saying so.';

/** Uses Redis: it needs the throwaway redis-server of the run (test/global-setup.ts). */
const usesRedis = (program: Program) =>
  program.snippets.some((s) => /\bioredis\b|@hr\/redis|\bredis\b|REDIS_URL/.test(s.code));

/** An error's text, whatever threw it (a transform error is a plain object with a message). */
const describe = (error: unknown) =>
  error instanceof Error
    ? `${error.name}: ${error.message}`
    : typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : String(error);

/** The page line an error points at: the generated module's lines are the page's. */
function pageLine(error: unknown, file: string): number | undefined {
  const text = `${describe(error)}\n${error instanceof Error ? (error.stack ?? '') : ''}`;
  const match = new RegExp(`${file.replace(/[.]/g, '\\.')}:(\\d+)`).exec(text);
  return match ? Number(match[1]) : undefined;
}

/** What to do about an error, by its kind. */
function advice(error: unknown): string {
  const text = describe(error);
  const undefinedName = /ReferenceError: (\S+) is not defined/.exec(text)?.[1];
  if (undefinedName)
    return `Declare or import \`${undefinedName}\` in the snippet or, for a name the page introduced earlier, add it to the page's scope (doc-snippets/src/scope/).`;
  if (/Transform failed/.test(text))
    return 'The snippet is not valid TypeScript: a placeholder (`…`, `...`) must become code a reader can run.';
  return HOW_TO_FIX;
}

async function runProgram(program: Program, redisUrl: string | undefined): Promise<void> {
  const file = join(generated, moduleFileName(program));
  const scopeFile = scopeOf(program.file);
  const scope = scopeFile
    ? ((await import(`../src/scope/${scopeFile}.ts`)) as ScopeModule & Record<string, unknown>)
    : undefined;
  const sandboxes = await startDocSandboxes(redisUrl);
  const savedEnv = { ...process.env };
  const printed: string[] = [];
  try {
    writeFileSync(
      file,
      programModule(program, {
        scope: scope && { names: scopeNames(scope), specifier: `../../src/scope/${scopeFile}.js` },
        rewrite: pointClientsAtSandboxes,
      }),
    );
    Object.assign(process.env, sandboxes.env);
    globalThis.__hrDocBaseUrls = sandboxes.baseUrls;
    await scope?.open(sandboxes);
    // What a snippet prints is for its readers: kept, and shown only when it fails.
    for (const method of CONSOLE_METHODS) console[method] = (...args: unknown[]) => void printed.push(args.join(' '));
    await import(pathToFileURL(file).href);
  } catch (error) {
    const line = pageLine(error, moduleFileName(program)) ?? program.line;
    const output = printed.length > 0 ? `\nIt printed:\n${printed.join('\n')}` : '';
    throw new Error(`${program.file}:${line}: ${describe(error).split('\n')[0]}\n${advice(error)}${output}`, {
      cause: error,
    });
  } finally {
    Object.assign(console, consoleMethods);
    await scope?.close();
    await sandboxes.close();
    process.env = savedEnv;
    globalThis.__hrDocBaseUrls = undefined;
  }
}

for (const program of documentationPrograms(root)) {
  const name = `${program.file}:${program.line}`;
  if (program.needsCredentials) {
    test.skip(`${name} (needs real credentials: type-checked, not run)`, () => {});
    continue;
  }
  test(name, async (context) => {
    const redisUrl = inject('redisUrl') || undefined;
    if (usesRedis(program) && !redisUrl) context.skip(inject('notRunBecause'));
    await runProgram(program, redisUrl);
  });
}
