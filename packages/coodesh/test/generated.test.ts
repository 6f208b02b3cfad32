import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedTable, DOCS_PATH, renderCoverageTable } from '../scripts/docs-table.js';
import { existingGenerated, generate } from '../scripts/generate.js';
import { COODESH_ROUTES, CoodeshClient, type CoodeshRoute } from '../src/index.js';
import { CoodeshLostRoutes } from '../src/lost-routes.js';

describe('generated files never drift', () => {
  it('the operation table, models, resources and sandbox examples are what the generator makes', async () => {
    const files = await generate();
    expect(files.size).toBeGreaterThan(40);
    expect(existingGenerated().sort(), 'src/generated holds files the generator no longer makes').toEqual(
      [...files.keys()].sort(),
    );
    for (const [path, content] of files) {
      expect(
        readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'),
        `${path} is out of date: run pnpm generate`,
      ).toBe(content);
    }
  });

  it('docs/coodesh.md lists every catalogue operation, as the route table has it', () => {
    const table = documentedTable(readFileSync(DOCS_PATH, 'utf8'));
    expect(table, 'the coverage table is out of date: run pnpm docs:table').toBe(renderCoverageTable());
    const numbers = table
      .split('\n')
      .slice(2)
      .map((row) => Number(row.split('|')[1]));
    expect(numbers).toEqual(Array.from({ length: 267 }, (_, i) => i + 1));
  });

  it('the route table holds every catalogue number once, duplicates folded into their original', () => {
    const numbers = (Object.values(COODESH_ROUTES) as CoodeshRoute[]).flatMap((r) => [r.n, ...(r.duplicates ?? [])]);
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 267 }, (_, i) => i + 1));
    expect(COODESH_ROUTES['questions.list']).toMatchObject({ n: 144, duplicates: [167] });
    expect(COODESH_ROUTES['attempts.deleteMany']).toMatchObject({ n: 100, duplicates: [173] });
  });

  it('every operation id of the route table is a method of the client, or of CoodeshLostRoutes when its route was lost', () => {
    const client = new CoodeshClient({ apiKey: 'k' });
    const entries = { client, lost: new CoodeshLostRoutes(client) } as unknown as Record<string, unknown>;
    const has = (entry: 'client' | 'lost', id: string) => {
      const path = id.split('.');
      const owner = path
        .slice(0, -1)
        .reduce<Record<string, unknown> | undefined>(
          (o, key) => o?.[key] as Record<string, unknown> | undefined,
          entries[entry] as Record<string, unknown>,
        );
      return typeof owner?.[path.at(-1)!] === 'function';
    };
    const routes = Object.entries(COODESH_ROUTES) as [string, CoodeshRoute][];
    const misplaced = routes.filter(([id, route]) => {
      const lost = route.requiresRoute !== undefined;
      return !has(lost ? 'lost' : 'client', id) || has(lost ? 'client' : 'lost', id);
    });
    expect(misplaced.map(([id]) => id)).toEqual([]);
    expect(routes).toHaveLength(255);
    expect(routes.filter(([, route]) => route.requiresRoute)).toHaveLength(59);
  });
});
