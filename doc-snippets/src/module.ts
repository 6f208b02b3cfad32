/**
 * Turns a program (one snippet, or several that continue each other) into a TypeScript module whose
 * line numbers are the page's: the snippet's first line of code sits on the line it has in the
 * Markdown file, so a stack trace or a type error points at the page. Line 1 holds the import of
 * the page's scope (src/scope/), for the names the snippets use without declaring them.
 */
import ts from 'typescript';
import type { Program } from './markdown.js';

/** The names a snippet declares at its top level (imports, variables, functions, classes, ...). */
function topLevelNames(code: string): Set<string> {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** How to build the module: which scope names exist, where they come from, how to rewrite the code. */
export interface ModuleOptions {
  /** The page scope's names, and the specifier that imports them (relative to the module). */
  scope?: { names: readonly string[]; specifier: string };
  /** Rewrites each snippet's code (must keep its line count). */
  rewrite?: (code: string) => string;
}

/** The module's source text. */
export function programModule(program: Program, options: ModuleOptions = {}): string {
  const declared = new Set(program.snippets.flatMap((snippet) => [...topLevelNames(snippet.code)]));
  const imported = (options.scope?.names ?? []).filter((name) => !declared.has(name));
  const lines = [imported.length > 0 ? `import { ${imported.join(', ')} } from '${options.scope!.specifier}';` : ''];
  for (const snippet of program.snippets) {
    while (lines.length < snippet.line - 1) lines.push('');
    const code = options.rewrite ? options.rewrite(snippet.code) : snippet.code;
    lines.push(...code.split('\n'));
  }
  lines.push('export {};', '');
  return lines.join('\n');
}

/** A file name for the program's module: `docs-moka-md-51.ts`. */
export function moduleFileName(program: Program): string {
  return `${program.file.replace(/[^\w]+/g, '-')}-${program.line}.ts`;
}
