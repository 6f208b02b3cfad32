/**
 * Generates the catalogue part of `@hr/coodesh` from the Coodesh operation catalogue
 * (scripts/catalogue/coodesh-operations.json) and the hand-made manifest (scripts/generator/manifest.ts),
 * into src/generated/ only:
 *
 *   operations.ts             the operation table: every operation's route and schemas (one entry each)
 *   models/<group>.ts         one documented interface + lazy schema per model
 *   resources/<group>.ts      the resource classes of the client: documented methods calling the table by id
 *   lost-routes/<group>.ts    the same for the operations whose route was lost (`@hr/coodesh/lost-routes`)
 *   catalogue.ts              the resource groups the client carries
 *   lost-routes.ts            CoodeshLostRoutes, the groups of the lost-route operations
 *   types.ts, schemas.ts      the generated types (root entry) and schemas (`/schemas` entry)
 *   catalogue-examples.ts     the requests and responses the sandbox and the tests use
 *
 *   pnpm generate            writes the files (and deletes generated files it no longer makes)
 *   pnpm generate --check    exits 1 when a file differs from what the generator makes
 */
import { fileURLToPath } from 'node:url';
import { formatFiles, listFiles, writeOrCheck } from '../../../scripts/codegen/generated-files.js';
import { loadCatalogue } from './generator/catalogue.js';
import { renderCatalogue, renderLostRoutes, renderSchemas, renderTypes } from './generator/emit-entries.js';
import { renderExamples } from './generator/emit-examples.js';
import { renderModelFile } from './generator/emit-models.js';
import { groupsOf, operationsOf, renderResourceFile } from './generator/emit-resources.js';
import { renderTable } from './generator/emit-table.js';
import { ModelRegistry } from './generator/models.js';
import { buildOperations, shapeOperation } from './generator/operations.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
/** The only directory the generator writes to (relative to the package). */
const GENERATED = 'src/generated';

/** The generated files: path relative to the package → content, formatted with the repository's Prettier settings. */
export async function generate(): Promise<Map<string, string>> {
  return formatFiles(packageRoot, render());
}

/** The generated files as the emitters write them. */
function render(): Map<string, string> {
  const specs = buildOperations(loadCatalogue());
  const registry = new ModelRegistry();
  for (const spec of specs) if (spec.entry) spec.shape = shapeOperation(spec, registry);
  const models = registry.models;

  const files = new Map<string, string>();
  files.set(`${GENERATED}/operations.ts`, renderTable(specs, models));
  for (const file of new Set([...models.values()].map((m) => m.file))) {
    files.set(`${GENERATED}/models/${file}.ts`, renderModelFile(file, models));
  }
  const clientGroups = groupsOf(specs, 'client');
  const lostGroups = groupsOf(specs, 'lost');
  for (const group of clientGroups)
    files.set(`${GENERATED}/resources/${group.spec.file}.ts`, renderResourceFile(group, 'client', models));
  for (const group of lostGroups)
    files.set(`${GENERATED}/lost-routes/${group.spec.file}.ts`, renderResourceFile(group, 'lost', models));
  files.set(`${GENERATED}/catalogue.ts`, renderCatalogue(clientGroups));
  files.set(`${GENERATED}/lost-routes.ts`, renderLostRoutes(lostGroups, operationsOf(specs, 'lost').length));
  files.set(`${GENERATED}/types.ts`, renderTypes(models, clientGroups));
  files.set(`${GENERATED}/schemas.ts`, renderSchemas(models));
  files.set(`${GENERATED}/catalogue-examples.ts`, renderExamples(specs, models));
  return files;
}

/** Every file under src/generated now (to delete those the generator no longer makes). */
export function existingGenerated(): string[] {
  return listFiles(packageRoot, GENERATED);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(packageRoot, GENERATED, await generate());
