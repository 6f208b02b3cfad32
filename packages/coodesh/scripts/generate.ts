/**
 * Generates the catalogue part of `@hr/coodesh` from the Coodesh operation catalogue
 * (scripts/catalogue/coodesh-operations.json) and the hand-made manifest (scripts/generator/manifest.ts):
 *
 *   src/routing/routes.ts             the route table of all operations
 *   src/models/<group>.ts             one documented interface + lazy schema per model
 *   src/resources/<group>.ts          one defineOperation per endpoint and the resource classes
 *   src/testing/catalogue-examples.ts the requests and responses the sandbox and the tests use
 *
 *   pnpm generate            writes the files
 *   pnpm generate --check    exits 1 when a file differs from what the generator makes
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadCatalogue } from './generator/catalogue.js';
import { renderExamples } from './generator/emit-examples.js';
import { renderModelFile } from './generator/emit-models.js';
import { generatedResources, renderResourceFile } from './generator/emit-resources.js';
import { renderRouteTable } from './generator/emit-routes.js';
import { ModelRegistry } from './generator/models.js';
import { buildOperations, shapeOperation } from './generator/operations.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The generated files: path relative to the package → content, formatted with the repository's Prettier settings. */
export async function generate(): Promise<Map<string, string>> {
  return formatAll(render());
}

async function formatAll(files: Map<string, string>): Promise<Map<string, string>> {
  const formatted = new Map<string, string>();
  for (const [path, content] of files) {
    const filepath = `${packageRoot}${path}`;
    const options = await resolveConfig(filepath);
    formatted.set(path, await format(content, { ...options, filepath }));
  }
  return formatted;
}

/** The generated files as the emitters write them. */
function render(): Map<string, string> {
  const specs = buildOperations(loadCatalogue());
  const registry = new ModelRegistry();
  for (const spec of specs) if (spec.entry) spec.shape = shapeOperation(spec, registry);

  const files = new Map<string, string>();
  files.set('src/routing/routes.ts', renderRouteTable(specs));
  for (const file of new Set([...registry.models.values()].map((m) => m.file))) {
    files.set(`src/models/${file}.ts`, renderModelFile(file, registry.models));
  }
  for (const { property, spec } of generatedResources(specs)) {
    files.set(
      `src/resources/${spec.file}.ts`,
      renderResourceFile(
        spec,
        specs.filter((s) => s.resource === property),
        registry.models,
      ),
    );
  }
  files.set('src/testing/catalogue-examples.ts', renderExamples(specs, registry.models));
  return files;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [path, content] of await generate()) {
    const target = `${packageRoot}${path}`;
    if (readOrEmpty(target) === content) continue;
    stale.push(path);
    if (!check) writeFileSync(target, content);
  }
  if (check && stale.length > 0) {
    console.error(`Out of date (run pnpm generate): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(
    check
      ? 'Generated files are up to date.'
      : `Wrote ${stale.length} file(s)${stale.length ? `: ${stale.join(', ')}` : ''}.`,
  );
}
