/**
 * Builds the API reference (TypeDoc) into api-docs/: one section per publishable package, whose
 * entry points are the package's `exports` (their `source` files, so a new entry point is documented
 * without touching this script), with the package README as its front page. Links are checked:
 * a `{@link}` that resolves to nothing, or any other TypeDoc warning, fails the build.
 *
 *   pnpm docs:api          then open api-docs/index.html
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Application, type TypeDocOptions } from 'typedoc';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'api-docs');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, unknown>;
}

/** Options both steps share: every warning is a failure, every broken link a warning. */
const STRICT: TypeDocOptions = {
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  validation: { invalidLink: true, rewrittenLink: true, notExported: false, notDocumented: false },
  excludePrivate: true,
  excludeInternal: true,
  // No "defined in" links: they need a git remote TypeDoc recognises, which a fresh clone or a CI copy
  // may not have (its warning would fail the build), and the published reference links the README instead.
  disableSources: true,
};

/** The publishable packages, with the source files of their entry points. */
function packages(): { dir: string; manifest: Manifest; entryPoints: string[] }[] {
  return readdirSync(join(root, 'packages'))
    .map((name) => {
      const dir = join(root, 'packages', name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      const entryPoints = Object.values(manifest.exports)
        .filter(
          (target): target is { source: string } => typeof target === 'object' && target !== null && 'source' in target,
        )
        .map((target) => join(dir, target.source));
      return { dir, manifest, entryPoints };
    })
    .filter(({ manifest }) => !manifest.private);
}

/** Stops the build when TypeDoc reported an error or a warning (the messages are already printed). */
function check(app: Application, step: string): void {
  if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error(`API reference: ${step} failed`);
}

const models = mkdtempSync(join(tmpdir(), 'hr-api-docs-'));
try {
  const converted: string[] = [];
  for (const { dir, manifest, entryPoints } of packages()) {
    const app = await Application.bootstrapWithPlugins({
      ...STRICT,
      name: manifest.name,
      entryPoints,
      tsconfig: join(dir, 'tsconfig.json'),
      readme: join(dir, 'README.md'),
      alwaysCreateEntryPointModule: true,
    });
    const project = await app.convert();
    check(app, `converting ${manifest.name}`);
    const model = join(models, `${manifest.name.replace('/', '__')}.json`);
    await app.generateJson(project!, model);
    converted.push(model);
  }

  const app = await Application.bootstrapWithPlugins({
    ...STRICT,
    name: 'HR SDK API reference',
    entryPointStrategy: 'merge',
    entryPoints: converted,
    readme: 'none',
  });
  const project = await app.convert();
  check(app, 'merging the packages');
  app.validate(project!);
  check(app, 'checking links');
  rmSync(out, { recursive: true, force: true });
  await app.generateDocs(project!, out);
  check(app, 'rendering');
  console.log(`API reference written to ${out}/index.html`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(models, { recursive: true, force: true });
}
