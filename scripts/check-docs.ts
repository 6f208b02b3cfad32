/**
 * Checks that every public surface carries documentation the way users meet it: for each
 * package's entry points, every exported interface member, public class member and exported
 * function has a JSDoc comment; and the data a public method resolves with (the awaited value, or
 * the items of a listing) has documented fields, as an editor hover on a returned item would show
 * (a `z.infer` type would not: TypeScript drops JSDoc written inside `z.object({...})`).
 *
 * And that what can fail says how, with `@throws` tags (the API reference lists them): every public
 * method of a resource (a `Resource` subclass) and of a client (a `BaseClient` subclass), the clients'
 * constructors, and every other public function, method or constructor whose code throws or whose
 * docs say it throws or rejects. The testing entry points are left out.
 *
 * And that every date or time field of a vendor package states its format, and for an instant that
 * its calendar day depends on the time zone (see check-docs/date-fields.ts).
 * Prints the undocumented ones and exits 1 when any.
 *
 *   pnpm check:docs
 */
import ts from 'typescript';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateFieldProblem } from './check-docs/date-fields.js';
import { namesADateOrTime } from './codegen/text.js';

const root = new URL('..', import.meta.url).pathname;
const packages = ['core', 'moka', 'coodesh', 'feishu-corehr', 'comeet', 'redis'].filter((p) =>
  existsSync(join(root, 'packages', p, 'package.json')),
);

function entryPoints(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.values(manifest.exports)
    .filter((v): v is { source: string } => typeof v === 'object' && v !== null && 'source' in v)
    .map((v) => join(root, 'packages', pkg, v.source));
}

const entries = packages.flatMap(entryPoints);
/** The sandboxes and test helpers (`./testing` entry points) are not held to the `@throws` rule. */
const isTesting = (entry: string) => /[/\\]testing(\.ts|[/\\])/.test(entry);
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  customConditions: ['source'],
});
const checker = program.getTypeChecker();
const missing = new Set<string>();
const noThrows = new Set<string>();
const undatedFields = new Set<string>();
let checked = 0;
let canFail = 0;
let datedFields = 0;

const hasDocs = (symbol: ts.Symbol) =>
  ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '' ||
  symbol.getJsDocTags(checker).length > 0;
const where = (decl: ts.Declaration | undefined) => {
  if (!decl) return '?';
  const file = decl.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(decl.getStart());
  return `${file.fileName.replace(root, '')}:${line + 1}`;
};
const isOwnSource = (decl: ts.Declaration | undefined) =>
  !!decl &&
  decl.getSourceFile().fileName.startsWith(join(root, 'packages')) &&
  !decl.getSourceFile().fileName.includes('node_modules');

function checkMember(owner: string, member: ts.Symbol) {
  const decl = member.declarations?.[0];
  if (!isOwnSource(decl)) return;
  if (
    decl &&
    ts.canHaveModifiers(decl) &&
    ts
      .getModifiers(decl)
      ?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)
  )
    return;
  if (member.name.startsWith('#') || member.name.startsWith('__')) return;
  checked++;
  if (!hasDocs(member)) missing.add(`${where(decl)}  ${owner}.${member.name}`);
  else if (isVendorSource(decl!) && namesADateOrTime(member.name) && holdsText(member, decl!)) {
    datedFields++;
    const problem = dateFieldProblem(ts.displayPartsToString(member.getDocumentationComment(checker)));
    if (problem) undatedFields.add(`${where(decl)}  ${owner}.${member.name} ${problem}`);
  }
}

/** The vendor packages, whose date and time fields are held to `dateFieldProblem`. */
const VENDORS = ['moka', 'coodesh', 'feishu-corehr', 'comeet'];
const isVendorSource = (decl: ts.Declaration) =>
  VENDORS.some((vendor) => decl.getSourceFile().fileName.startsWith(join(root, 'packages', vendor, 'src')));

/** Whether a property holds a string or a number (a date or time as text, or a count since the epoch). */
function holdsText(member: ts.Symbol, decl: ts.Declaration): boolean {
  const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(member, decl));
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => part.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike));
}

/** The value a method's result yields: the awaited data, or a listing's item type. */
function resultType(type: ts.Type): ts.Type | undefined {
  // A labelled promise (e.g. Coodesh's `UnconfirmedRoute<APIPromise<T>>`) is an intersection: read its promise.
  if (type.isIntersection()) return type.types.map(resultType).find((t) => t !== undefined);
  const symbolName = type.getSymbol()?.getName();
  const args = checker.getTypeArguments(type as ts.TypeReference);
  if (symbolName === 'PagePromise' && args.length === 2) return args[1];
  if (symbolName === 'APIPromise' || symbolName === 'Promise') return checker.getAwaitedType(type);
  return undefined;
}

function checkReturnedFields(owner: string, method: ts.Symbol) {
  const decl = method.valueDeclaration;
  if (!decl || !isOwnSource(decl) || !(method.flags & ts.SymbolFlags.Method)) return;
  const signature = checker.getSignaturesOfType(
    checker.getTypeOfSymbolAtLocation(method, decl),
    ts.SignatureKind.Call,
  )[0];
  if (!signature) return;
  let result = resultType(checker.getReturnTypeOfSignature(signature));
  if (!result) return;
  if (checker.isArrayType(result)) result = checker.getTypeArguments(result as ts.TypeReference)[0];
  if (!result || !(result.flags & ts.TypeFlags.Object)) return;
  for (const field of checker.getPropertiesOfType(result)) {
    const fieldDecl = field.declarations?.[0];
    if (fieldDecl && !isOwnSource(fieldDecl)) continue;
    checked++;
    if (!hasDocs(field))
      missing.add(
        `${where(decl)}  ${owner}.${method.name}() resolves with undocumented field "${field.name}" (return an interface, not a z.infer type)`,
      );
  }
}

/** The names of a class's base classes, nearest first. */
function baseNames(type: ts.Type): string[] {
  const names: string[] = [];
  for (let bases = type.getBaseTypes?.() ?? []; bases.length > 0; bases = bases[0]!.getBaseTypes?.() ?? [])
    names.push(bases[0]!.getSymbol()?.getName() ?? '');
  return names;
}

/** Whether a declaration's own body has a `throw` statement (not counting functions nested in it). */
function throwsItself(decl: ts.Node): boolean {
  const visit = (node: ts.Node): boolean =>
    ts.isThrowStatement(node) || (!ts.isFunctionLike(node) && ts.forEachChild(node, visit) === true);
  const body = (decl as ts.FunctionLikeDeclaration).body;
  return body !== undefined && ts.forEachChild(body, visit) === true;
}

const SAYS_IT_FAILS = /\b(throws?|thrown|rejects?)\b/i;
/** "never throws", "nothing is thrown": a promise not to fail is not a failure. */
const SAYS_IT_NEVER_FAILS = /\b(never|not|nothing is)\s+(throws?|thrown|rejects?)\b/gi;

/** Records `name` when `symbol` can fail (always, or by its code or docs) and carries no `@throws` tag. */
function checkThrows(name: string, symbol: ts.Symbol, always: boolean) {
  const decls = (symbol.declarations ?? []).filter(isOwnSource);
  if (decls.length === 0) return;
  const tags = symbol.getJsDocTags(checker);
  const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(SAYS_IT_NEVER_FAILS, '');
  if (!(always || SAYS_IT_FAILS.test(docs) || decls.some(throwsItself))) return;
  canFail++;
  if (!tags.some((tag) => tag.name === 'throws')) noThrows.add(`${where(decls[0])}  ${name}`);
}

/** The `@throws` checks of an exported class: its public methods and constructor. */
function checkClassThrows(symbol: ts.Symbol) {
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const bases = baseNames(type);
  if (bases.includes('HRError') || symbol.name === 'HRError') return; // errors describe failures; they do not fail
  const isClient = symbol.name === 'BaseClient' || bases.includes('BaseClient');
  const isResource = bases.includes('Resource');
  const constructor = symbol.members?.get(ts.InternalSymbolName.Constructor);
  if (constructor) checkThrows(`${symbol.name} constructor`, constructor, isClient);
  for (const member of checker.getPropertiesOfType(type)) {
    if (!(member.flags & ts.SymbolFlags.Method) || member.name.startsWith('#') || member.name.startsWith('__'))
      continue;
    const decl = member.declarations?.[0];
    // Inherited methods are checked where they are declared.
    if (!decl || !isOwnSource(decl) || decl.parent !== symbol.declarations?.[0]) continue;
    if (
      ts.canHaveModifiers(decl) &&
      ts
        .getModifiers(decl)
        ?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)
    )
      continue;
    checkThrows(`${symbol.name}.${member.name}()`, member, isClient || isResource);
  }
}

for (const entry of entries) {
  const source = program.getSourceFile(entry);
  if (!source) continue;
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.[0];
    if (!isOwnSource(decl)) continue;
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) {
      checked++;
      if (!hasDocs(symbol)) missing.add(`${where(decl)}  ${symbol.name}`);
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      for (const member of checker.getPropertiesOfType(type)) {
        checkMember(symbol.name, member);
        if (symbol.flags & ts.SymbolFlags.Class) checkReturnedFields(symbol.name, member);
      }
      if (symbol.flags & ts.SymbolFlags.Class && !isTesting(entry)) checkClassThrows(symbol);
    } else if (symbol.flags & ts.SymbolFlags.Function) {
      checked++;
      if (!hasDocs(symbol)) missing.add(`${where(decl)}  ${symbol.name}()`);
      if (!isTesting(entry)) checkThrows(`${symbol.name}()`, symbol, false);
    }
  }
}

if (missing.size > 0) {
  console.error(`${missing.size} of ${checked} public declarations have no JSDoc:`);
  for (const line of [...missing].sort()) console.error(`  ${line}`);
}
if (noThrows.size > 0) {
  console.error(`${noThrows.size} public methods or functions that can fail have no @throws tag:`);
  for (const line of [...noThrows].sort()) console.error(`  ${line}`);
}
if (undatedFields.size > 0) {
  console.error(`${undatedFields.size} date or time fields do not say their format:`);
  for (const line of [...undatedFields].sort()) console.error(`  ${line}`);
}
if (missing.size > 0 || noThrows.size > 0 || undatedFields.size > 0) process.exit(1);
console.log(
  `All ${checked} public declarations of ${packages.join(', ')} carry JSDoc, the ${canFail} that can fail say how with @throws, ` +
    `and the ${datedFields} date and time fields of the vendors give their format.`,
);
