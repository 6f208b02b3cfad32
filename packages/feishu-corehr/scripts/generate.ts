/**
 * Generates the models of `@hr/feishu-corehr` from scripts/manifest/pre-hires.json (the field facts
 * of Feishu's official definitions, see scripts/extract), into src/generated/ only:
 *
 *   models/<file>.ts   one documented interface + lazy schema per model (requests open, responses lenient)
 *   enums.ts           the enums declared once (ONBOARDING_STATUSES...)
 *   routes.ts          method and path of each operation
 *   types.ts, schemas.ts   the generated types (package root) and schemas (`/schemas` entry)
 *
 *   pnpm generate            writes the files (and deletes generated files it no longer makes)
 *   pnpm generate --check    exits 1 when a file differs from what the generator makes
 */
import { fileURLToPath } from 'node:url';
import { formatFiles, listFiles, writeOrCheck } from '../../../scripts/codegen/generated-files.js';
import { renderEnums, renderModelFile, renderRoutes, renderSchemas, renderTypes } from './generator/emit.js';
import { loadManifest } from './generator/manifest.js';
import { ModelRegistry } from './generator/models.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
/** The only directory the generator writes to (relative to the package). */
const GENERATED = 'src/generated';

/** The generated files: path relative to the package → content, formatted with the repository's Prettier settings. */
export async function generate(): Promise<Map<string, string>> {
  return formatFiles(packageRoot, render());
}

function render(): Map<string, string> {
  const manifest = loadManifest();
  const registry = new ModelRegistry(manifest);
  const files = new Map<string, string>();
  for (const file of new Set(registry.models.map((m) => m.file)))
    files.set(`${GENERATED}/models/${file}.ts`, renderModelFile(file, registry));
  files.set(`${GENERATED}/enums.ts`, renderEnums(registry));
  files.set(`${GENERATED}/routes.ts`, renderRoutes(manifest.operations));
  files.set(`${GENERATED}/types.ts`, renderTypes(registry));
  files.set(`${GENERATED}/schemas.ts`, renderSchemas(registry));
  return files;
}

/** Every file under src/generated now (to delete those the generator no longer makes). */
export function existingGenerated(): string[] {
  return listFiles(packageRoot, GENERATED);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(packageRoot, GENERATED, await generate());
