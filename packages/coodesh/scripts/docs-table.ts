/**
 * Renders the coverage table of docs/coodesh.md from the route table (`COODESH_ROUTES`), one row
 * per catalogue operation (all 267, duplicates included), between the markers
 * `<!-- coverage:start -->` and `<!-- coverage:end -->`.
 *
 *   pnpm docs:table            rewrites the table in docs/coodesh.md
 *   pnpm docs:table --check    exits 1 when the docs differ from the route table
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CoodeshRoute } from '../src/routing/route.js';
import { COODESH_ROUTES } from '../src/routing/router.js';

export const DOCS_PATH = fileURLToPath(new URL('../../../docs/coodesh.md', import.meta.url));
const START = '<!-- coverage:start -->';
const END = '<!-- coverage:end -->';

function status(route: CoodeshRoute): string {
  if (route.status !== 'unconfirmed') return route.status === 'confirmed' ? '**confirmed**' : route.status;
  return route.requiresRoute ? 'unconfirmed, needs your route' : 'unconfirmed';
}

function confidence(route: CoodeshRoute): string {
  return route.methodConfidence === route.confidence
    ? route.confidence
    : `${route.confidence} (method ${route.methodConfidence})`;
}

/**
 * The coverage table: n, operation id, the method to call (on the client, or on `lost = new
 * CoodeshLostRoutes(coodesh)` when the route was lost), HTTP method, route, status, confidence.
 */
export function renderCoverageTable(): string {
  const rows: [number, string][] = [];
  for (const [id, route] of Object.entries(COODESH_ROUTES) as [string, CoodeshRoute][]) {
    const cells = (n: number, note: string) =>
      `| ${n} | \`${id}\`${note} | \`${route.requiresRoute ? 'lost' : 'coodesh'}.${id}()\` | ${route.method ?? '?'} | \`${route.path}\` | ${status(route)} | ${confidence(route)} |`;
    rows.push([route.n, cells(route.n, '')]);
    for (const n of route.duplicates ?? []) rows.push([n, cells(n, ` (duplicate of n ${route.n})`)]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  return [
    '| n | operation | method | HTTP | route | status | confidence |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(([, row]) => row),
  ].join('\n');
}

/** The table as docs/coodesh.md holds it (between the markers). */
export function documentedTable(docs: string): string {
  const start = docs.indexOf(START);
  const end = docs.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/coodesh.md has no ${START} … ${END} section`);
  return docs.slice(start + START.length, end).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const docs = readFileSync(DOCS_PATH, 'utf8');
  const table = renderCoverageTable();
  if (documentedTable(docs) === table) {
    console.log('docs/coodesh.md: the coverage table matches the route table.');
  } else if (process.argv.includes('--check')) {
    console.error('docs/coodesh.md: the coverage table differs from the route table (run pnpm docs:table).');
    process.exit(1);
  } else {
    const start = docs.indexOf(START) + START.length;
    writeFileSync(DOCS_PATH, `${docs.slice(0, start)}\n\n${table}\n\n${docs.slice(docs.indexOf(END))}`);
    console.log(`docs/coodesh.md: coverage table rewritten (${table.split('\n').length - 2} operations).`);
  }
}
