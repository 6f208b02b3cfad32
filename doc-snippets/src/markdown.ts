/**
 * Finds the TypeScript snippets of the documentation (README.md, docs/*.md, packages/*\/README.md)
 * and groups them into programs: a snippet is a program of its own, unless the HTML comment right
 * above its fence says otherwise:
 *
 * - `<!-- snippet: continues -->`: the snippet goes on from the previous one of the same page (one
 *   program: names declared in the first are in scope in the second);
 * - `<!-- snippet: needs-credentials -->`: the snippet only makes sense against a real account; it
 *   is type-checked (test/typecheck.test.ts) but not run. Readers must see it too: the paragraph just above the marker says so in words (it
 *   names "credentials").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The markers a snippet may carry. */
const MARKERS = ['continues', 'needs-credentials'] as const;
/** A marker. */
type Marker = (typeof MARKERS)[number];

/** One fenced ```ts block. */
interface Snippet {
  /** The page, relative to the repository root (`docs/moka.md`). */
  file: string;
  /** The 1-based line of the block's first line of code. */
  line: number;
  /** The code, with the fence's indentation removed. */
  code: string;
  marker?: Marker;
}

/** Snippets that run as one module. */
export interface Program {
  file: string;
  /** The line of its first snippet's first line of code. */
  line: number;
  snippets: Snippet[];
  /** Not run: it needs real credentials (the page says so). */
  needsCredentials: boolean;
}

/** A mistake in how a page marks its snippets, with where it is and what to do. */
class SnippetMarkupError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SnippetMarkupError';
  }
}

const FENCE = /^(\s*)```(ts|typescript|mts)\s*$/;
const MARKER = /^\s*<!--\s*snippet:\s*([\w-]+)\s*-->\s*$/;

/** The pages whose snippets must run: README.md, docs/*.md, packages/*\/README.md. */
function documentationPages(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  const packages = readdirSync(join(root, 'packages')).map((name) => `packages/${name}/README.md`);
  return ['README.md', ...docs, ...packages].filter((file) => existsSync(join(root, file)));
}

/** The index of the nearest non-blank line above `index`, or -1. */
function previousNonBlank(lines: string[], index: number): number {
  let i = index - 1;
  while (i >= 0 && lines[i]!.trim() === '') i--;
  return i;
}

/** The paragraph that ends at line `end` (inclusive), as one string. */
function paragraphEndingAt(lines: string[], end: number): string {
  let start = end;
  while (start > 0 && lines[start - 1]!.trim() !== '') start--;
  return lines.slice(start, end + 1).join(' ');
}

/** The snippets of one page, in order. */
function pageSnippets(file: string, text: string): Snippet[] {
  const lines = text.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]!);
    if (!fence) continue;
    const indent = fence[1]!.length;
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```');
    if (end < 0) throw new SnippetMarkupError(file, i + 1, 'this ```ts fence is never closed');
    const code = lines
      .slice(i + 1, end)
      .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
      .join('\n');
    const snippet: Snippet = { file, line: i + 2, code };
    const above = previousNonBlank(lines, i);
    const marked = above >= 0 ? MARKER.exec(lines[above]!) : null;
    if (marked) {
      const marker = marked[1] as Marker;
      if (!MARKERS.includes(marker))
        throw new SnippetMarkupError(
          file,
          above + 1,
          `unknown snippet marker "${marker}": use one of ${MARKERS.join(', ')}`,
        );
      if (
        marker === 'needs-credentials' &&
        !/credential/i.test(paragraphEndingAt(lines, previousNonBlank(lines, above)))
      )
        throw new SnippetMarkupError(
          file,
          above + 1,
          'a snippet marked needs-credentials must say so to readers: write, in the paragraph just above the marker, that it needs real credentials',
        );
      snippet.marker = marker;
    }
    snippets.push(snippet);
    i = end;
  }
  return snippets;
}

/** The programs of one page. */
function pagePrograms(file: string, text: string): Program[] {
  const programs: Program[] = [];
  for (const snippet of pageSnippets(file, text)) {
    const previous = programs.at(-1);
    if (snippet.marker === 'continues') {
      if (!previous)
        throw new SnippetMarkupError(file, snippet.line - 1, 'the first snippet of a page cannot continue another one');
      previous.snippets.push(snippet);
      continue;
    }
    programs.push({
      file,
      line: snippet.line,
      snippets: [snippet],
      needsCredentials: snippet.marker === 'needs-credentials',
    });
  }
  return programs;
}

/** Every program of every documentation page. */
export function documentationPrograms(root: string): Program[] {
  return documentationPages(root).flatMap((file) => pagePrograms(file, readFileSync(join(root, file), 'utf8')));
}
