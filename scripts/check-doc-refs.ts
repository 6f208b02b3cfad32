/**
 * Checks what the documentation refers to, so it cannot drift from the repository:
 *
 * 1. no internal issue number ("issue 12", "#12"): docs speak to users, who cannot see the tracker;
 * 2. every repository file a doc names exists: relative links, links into this repository on GitHub,
 *    and paths in backticks (`examples/moka/sync-users.ts`, from the root or from a package's folder);
 * 3. every environment variable or constant a doc names (`MOKA_API_KEY`, `USER_ROLE`) appears in the
 *    code (outside comments), unless it belongs to a tool the docs describe (EXTERNAL_NAMES);
 * 4. package READMEs link only to absolute URLs or anchors: they are read on the registry's page and
 *    inside node_modules, where `../../docs/x.md` leads nowhere;
 * 5. examples/README.md names every example set and every file at the top of each set's folder.
 *
 * Docs are every tracked Markdown file, and the comments of .gitignore files. Each problem is one
 * line, `file:line: what is wrong, and what to do`; exits 1 when there is any.
 *
 *   pnpm check:doc-refs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { EXAMPLE_SETS } from '../examples/example-sets.js';

const root = new URL('..', import.meta.url).pathname;
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\0')
  .filter((file) => file && existsSync(join(root, file)));

/** Names the docs use that belong to tools, not to this code (read by npm, CI, changesets...). */
const EXTERNAL_NAMES: Record<string, string> = {
  NPM_TOKEN: 'the release workflow secret changesets/action reads',
  NPM_CONFIG_PROVENANCE: "npm's provenance setting, from the environment",
  GITHUB_TOKEN: 'the token GitHub Actions gives a workflow',
  NODE_AUTH_TOKEN: 'the token actions/setup-node writes to .npmrc',
};

/** This repository on GitHub (from the root package.json's `repository`, or the packages'). */
const REPOSITORY_URL = (() => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as {
    repository: { url: string };
  };
  return manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
})();

const problems: string[] = [];
const report = (file: string, line: number, message: string) => problems.push(`${file}:${line}: ${message}`);

// --- The code's words: every identifier and string of the code, comments left out. ---
const CODE_FILE = /\.(?:[cm]?ts|[cm]?js)$/;
const CAPS = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const codeWords = new Set<string>();
for (const file of tracked) {
  const text = readFileSync(join(root, file), 'utf8');
  if (CODE_FILE.test(file)) {
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
    for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan())
      for (const word of scanner.getTokenText().match(CAPS) ?? []) codeWords.add(word);
  } else if (file === '.ci/run' || file.endsWith('.sh') || file.endsWith('package.json')) {
    const code = text.replace(/(^|\s)#.*$/gm, '');
    for (const word of code.match(CAPS) ?? []) codeWords.add(word);
  }
}

// --- The docs. ---
const docs = tracked.filter((file) => file.endsWith('.md') && !file.includes('node_modules/'));
const gitignores = tracked.filter((file) => file === '.gitignore' || file.endsWith('/.gitignore'));

const ISSUE_NUMBER = /\b(?:issue|issues|ticket|PR|pull request)\s*#?\d+\b|(?<![\w&/#])#\d{1,5}\b/i;
/** The repository's top-level folders and files (what a path in backticks must start with to be checked). */
const TOP_LEVEL = new Set(tracked.map((file) => file.split('/')[0]!));
/** The packages' folders: a doc may name a path inside one (`scripts/generate.ts` of a package). */
const packageDirs = readdirSync(join(root, 'packages')).map((name) => `packages/${name}`);
/** Whether git ignores a path (what a run creates, e.g. a checkpoint folder). */
const ignored = (path: string) => {
  try {
    execFileSync('git', ['check-ignore', '-q', path], { cwd: root });
    return true;
  } catch {
    return false;
  }
};

/** Whether a repository path exists, `*` in it standing for any name. */
function pathExists(path: string): boolean {
  if (!path.includes('*')) return existsSync(join(root, path));
  const [head, ...rest] = path.split('/');
  const parts = [head!, ...rest];
  let candidates = [''];
  for (const part of parts) {
    const pattern = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    candidates = candidates.flatMap((base) => {
      const dir = join(root, base);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
      return readdirSync(dir)
        .filter((entry) => pattern.test(entry))
        .map((entry) => (base ? `${base}/${entry}` : entry));
    });
  }
  return candidates.length > 0;
}

function checkLine(file: string, lineNumber: number, line: string, inCode: boolean): void {
  if (ISSUE_NUMBER.test(line))
    report(
      file,
      lineNumber,
      `names an internal issue number ("${ISSUE_NUMBER.exec(line)![0]}"): say what it is about instead`,
    );

  // A changeset may name what a release removed.
  for (const word of file.startsWith('.changeset/') ? [] : (line.match(CAPS) ?? [])) {
    if (codeWords.has(word) || word in EXTERNAL_NAMES) continue;
    report(
      file,
      lineNumber,
      `names ${word}, which no code reads or declares: fix the name (what does the code read?) or drop it` +
        ' (a name read by another tool belongs in EXTERNAL_NAMES of scripts/check-doc-refs.ts)',
    );
  }
  if (inCode) return;

  const isPackageReadme = /^packages\/[^/]+\/README\.md$/.test(file);
  for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(mailto:|#)/.test(target!)) continue;
    if (/^https?:/.test(target!)) {
      const inRepo = new RegExp(`^${REPOSITORY_URL}/(?:blob|tree)/main/([^#?]+)`).exec(target!);
      if (inRepo && !pathExists(decodeURIComponent(inRepo[1]!).replace(/\/$/, '')))
        report(file, lineNumber, `links to ${inRepo[1]}, which is not in the repository`);
      continue;
    }
    if (isPackageReadme) {
      report(
        file,
        lineNumber,
        `links to "${target}": a package README is read on the registry's page and in node_modules, where relative links lead nowhere; link to ${REPOSITORY_URL}/blob/main/<path> instead`,
      );
      continue;
    }
    const path = normalize(join(dirname(file), target!.split('#')[0]!));
    if (!existsSync(join(root, path))) report(file, lineNumber, `links to ${target}, which does not exist (${path})`);
  }

  for (const [, path] of line.matchAll(/`([\w.@-]+(?:\/[\w.@*-]+)+\/?)`/g)) {
    const first = path!.split('/')[0]!;
    if (!TOP_LEVEL.has(first)) continue;
    const candidates = [path!, ...packageDirs.map((dir) => `${dir}/${path}`)].map((p) => p.replace(/\/$/, ''));
    if (!candidates.some(pathExists) && !ignored(path!))
      report(file, lineNumber, `names \`${path}\`, which is not in the repository`);
  }
}

for (const file of docs) {
  let inCode = false;
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*```/.test(line)) inCode = !inCode;
      checkLine(file, i + 1, line, inCode);
    });
}
for (const file of gitignores) {
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.startsWith('#')) checkLine(file, i + 1, line, true);
    });
}

// --- examples/README.md names every set and every file at the top of a set's folder. ---
const examplesReadme = readFileSync(join(root, 'examples/README.md'), 'utf8');
for (const set of EXAMPLE_SETS) {
  if (!examplesReadme.includes(set)) report('examples/README.md', 1, `does not name the example set ${set}`);
  for (const entry of readdirSync(join(root, 'examples', set))) {
    if (!entry.endsWith('.ts') || entry.endsWith('.config.ts')) continue;
    if (!examplesReadme.includes(`${set}/${entry}`))
      report('examples/README.md', 1, `does not name examples/${set}/${entry}: add it to the table of files`);
  }
}

if (problems.length > 0) {
  console.error(
    `${problems.length} problem(s) in what the docs refer to:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${docs.length} docs name no internal issue number, no missing file and no unknown variable.`);
