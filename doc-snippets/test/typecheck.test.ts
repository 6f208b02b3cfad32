/**
 * Every doc snippet type-checks as written (with its page's scope, as it runs), under the settings a
 * user's project has: strict, NodeNext, Node's types. The snippets marked as needing real
 * credentials, which are not run, are checked too. A type error is reported at its page line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, expect, test } from 'vitest';
import { documentationPrograms } from '../src/markdown.js';
import { moduleFileName, programModule } from '../src/module.js';
import { scopeNames, scopeOf } from '../src/scope/index.js';

const root = new URL('../..', import.meta.url).pathname;
const generated = new URL('../.generated/check/', import.meta.url).pathname;
afterAll(() => rmSync(generated, { recursive: true, force: true }));

test('every doc snippet type-checks', { timeout: 180_000 }, async () => {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  const pages = new Map<string, { page: string }>();
  for (const program of documentationPrograms(root)) {
    const scopeFile = scopeOf(program.file);
    const scope = scopeFile ? ((await import(`../src/scope/${scopeFile}.ts`)) as Record<string, unknown>) : undefined;
    const file = join(generated, moduleFileName(program));
    writeFileSync(
      file,
      programModule(program, {
        scope: scope && { names: scopeNames(scope), specifier: `../../src/scope/${scopeFile}.js` },
      }),
    );
    pages.set(file, { page: program.file });
  }

  const compiler = ts.createProgram([...pages.keys()], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    customConditions: ['source'],
  });
  const errors: string[] = [];
  for (const [file, { page }] of pages) {
    const source = compiler.getSourceFile(file)!;
    for (const diagnostic of [
      ...compiler.getSyntacticDiagnostics(source),
      ...compiler.getSemanticDiagnostics(source),
    ]) {
      const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
      errors.push(`${page}:${line + 1}: TS${diagnostic.code} ${message}`);
    }
  }
  expect(errors, 'fix each snippet so it type-checks as a reader would write it').toEqual([]);
});
