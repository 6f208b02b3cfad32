import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COODESH_ROUTES, type CoodeshRoute } from '../src/index.js';

/**
 * What an editor shows for each operation's method, read with the TypeScript checker the way the
 * language service reads it: the first line of its JSDoc and its return type must say whether the
 * route needs `allowUnconfirmedRoutes` or a route of yours before anything can be sent.
 */
const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const program = ts.createProgram([source('index.ts'), source('lost-routes.ts')], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  customConditions: ['source'],
});
const checker = program.getTypeChecker();

/** The instance type of a class exported by an entry point. */
function exportedClass(entry: string, name: string): ts.Type {
  const module = checker.getSymbolAtLocation(program.getSourceFile(source(entry))!)!;
  const exported = checker.getExportsOfModule(module).find((s) => s.name === name)!;
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  return checker.getDeclaredTypeOfSymbol(symbol);
}

const client = exportedClass('index.ts', 'CoodeshClient');
const lost = exportedClass('lost-routes.ts', 'CoodeshLostRoutes');

/** What a hover on the method of operation `id` shows: its first JSDoc line and its return type. */
function hover(id: string, route: CoodeshRoute): { firstLine: string; returns: string } {
  const path = id.split('.');
  let owner = route.requiresRoute ? lost : client;
  let symbol: ts.Symbol | undefined;
  for (const [i, key] of path.entries()) {
    symbol = owner.getProperty(key);
    if (!symbol) throw new Error(`${id}: no member ${key}`);
    if (i < path.length - 1) owner = checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration!);
  }
  const type = checker.getTypeOfSymbolAtLocation(symbol!, symbol!.valueDeclaration!);
  const [signature] = checker.getSignaturesOfType(type, ts.SignatureKind.Call);
  return {
    firstLine: ts.displayPartsToString(symbol!.getDocumentationComment(checker)).split('\n')[0]!,
    returns: checker.typeToString(signature!.getReturnType()),
  };
}

const routes = Object.entries(COODESH_ROUTES) as [string, CoodeshRoute][];

// The TypeScript checker resolves every method's type on the first hover: seconds on an idle machine, up
// to half a minute on a loaded 2-core one, so this file allows more than the package's default.
describe('the IDE tells the truth about each route', { timeout: 90_000 }, () => {
  it.each([
    ['lost', (r: CoodeshRoute) => r.requiresRoute !== undefined, /^Route lost: needs your route in/, /^LostRoute</],
    [
      'unconfirmed',
      (r: CoodeshRoute) => r.status === 'unconfirmed' && r.requiresRoute === undefined,
      /^Unconfirmed route: needs `allowUnconfirmedRoutes: true` or your route in/,
      /^UnconfirmedRoute</,
    ],
  ] as const)('every %s operation says so in its first JSDoc line and its return type', (_kind, selects, doc, type) => {
    const selected = routes.filter(([, route]) => selects(route));
    expect(selected.length).toBeGreaterThan(50);
    for (const [id, route] of selected) {
      const shown = hover(id, route);
      expect(shown.firstLine, id).toMatch(doc);
      expect(shown.firstLine, id).toContain(`routes['${id}']`);
      expect(shown.returns, id).toMatch(type);
    }
  });

  it('an operation with a supported route says neither', () => {
    const supported = routes.filter(([, route]) => route.status !== 'unconfirmed');
    expect(supported).toHaveLength(30);
    for (const [id, route] of supported) {
      const shown = hover(id, route);
      expect(shown.firstLine, id).not.toMatch(/^(Unconfirmed route|Route lost):/);
      expect(shown.returns, id).toMatch(/^(APIPromise|PagePromise)</);
    }
  });
});
