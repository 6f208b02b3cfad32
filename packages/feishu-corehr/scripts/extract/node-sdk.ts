import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { SdkField, SdkOperation, SdkType } from './sdk-types.js';

/**
 * Reads the pre-hire operations of the official Node SDK (`@larksuiteoapi/node-sdk`): the payload
 * and response types from its declarations (`types/index.d.ts`), the method and URL from its
 * compiled client (`lib/index.js`). Only reads them: nothing of the SDK is copied or run.
 */
export function readNodeSdk(packageDir: string, versions: readonly ('v1' | 'v2')[]): Map<string, SdkOperation> {
  const dts = parse(`${packageDir}/types/index.d.ts`);
  const js = parse(`${packageDir}/lib/index.js`);
  const routes = routesOf(js);
  const operations = new Map<string, SdkOperation>();
  const corehr = property(dts, 'corehr');
  for (const version of versions) {
    const preHire = property(property(corehr, version), 'preHire');
    const members = (preHire.type as ts.TypeLiteralNode).members;
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isFunctionTypeNode(member.type)) continue;
      const name = member.name.getText();
      if (name.endsWith('WithIterator')) continue;
      const route = routes.get(`${version}.${name}`);
      if (!route) throw new Error(`node-sdk: no URL found for corehr.${version}.preHire.${name}`);
      const payload = member.type.parameters[0]?.type;
      const payloadFields = payload ? objectFields(payload) : [];
      const part = (key: string) => {
        const field = payloadFields.find((f) => f.name === key);
        return field && field.type.kind === 'object' ? field.type.fields : undefined;
      };
      const envelope = objectFields(promised(member.type.type));
      const data = envelope.find((f) => f.name === 'data');
      operations.set(`${version}.${name}`, {
        method: route.method,
        path: route.path,
        pathParams: part('path') ?? [],
        query: part('params') ?? [],
        ...(part('data') ? { body: part('data') } : {}),
        ...(data && data.type.kind === 'object' ? { response: data.type.fields } : {}),
        where: `client.corehr.${version}.preHire.${name}`,
      });
    }
  }
  return operations;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The first property (declaration, signature or assignment) called `name` below `node`. */
function property(node: ts.Node, name: string): ts.PropertySignature {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isPropertySignature(n) || ts.isPropertyDeclaration(n)) && n.name.getText() === name) found = n;
    else n.forEachChild(visit);
  };
  node.forEachChild(visit);
  if (!found) throw new Error(`node-sdk: no property ${name}`);
  return found as ts.PropertySignature;
}

/** `Promise<T>` → `T`. */
function promised(type: ts.TypeNode): ts.TypeNode {
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Promise') return type.typeArguments![0]!;
  return type;
}

function objectFields(type: ts.TypeNode): SdkField[] {
  const converted = convert(type);
  return converted.kind === 'object' ? converted.fields : [];
}

/** A declared type → SdkType (`T | undefined` is `T`; a union of string literals is an enum). */
function convert(type: ts.TypeNode): SdkType {
  if (ts.isParenthesizedTypeNode(type)) return convert(type.type);
  if (ts.isUnionTypeNode(type)) {
    const kept = type.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && t.getText() !== 'undefined');
    if (kept.length === 1) return convert(kept[0]!);
    if (kept.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
      return { kind: 'enum', values: kept.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text) };
    throw new Error(`node-sdk: unsupported union ${type.getText()}`);
  }
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal))
    return { kind: 'enum', values: [type.literal.text] };
  if (ts.isTypeLiteralNode(type)) {
    return {
      kind: 'object',
      fields: type.members.filter(ts.isPropertySignature).map((member) => ({
        name: member.name.getText().replace(/^["']|["']$/g, ''),
        required: !member.questionToken,
        type: member.type ? convert(member.type) : { kind: 'unknown' },
      })),
    };
  }
  if (ts.isArrayTypeNode(type)) return { kind: 'array', of: convert(type.elementType) };
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Array')
    return { kind: 'array', of: convert(type.typeArguments![0]!) };
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { kind: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { kind: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: 'boolean' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return { kind: 'unknown' };
  }
  throw new Error(`node-sdk: unsupported type ${type.getText()}`);
}

/**
 * `v2.create` → its method and path, read from the compiled client: each method is a property of
 * `preHire` whose request names `url: fillApiPath(`${this.domain}/open-apis/...`)` and `method`.
 */
function routesOf(js: ts.SourceFile): Map<string, { method: string; path: string }> {
  const routes = new Map<string, { method: string; path: string }>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      /^(get|list|patch|delete|create|query|search|complete|transitTask|withdrawOnboarding|restoreFlowInstance|transformOnboardingTask)$/.test(
        node.name.getText(),
      )
    ) {
      const text = node.initializer.getText();
      const url = /\/open-apis\/corehr\/(v[12])\/pre_hires[^`]*/.exec(text);
      const method = /method:\s*"([A-Z]+)"/.exec(text);
      if (url && method && !text.includes('fillApiPath', text.indexOf('fillApiPath') + 1)) {
        const key = `${url[1]}.${node.name.getText()}`;
        if (!routes.has(key)) routes.set(key, { method: method[1]!, path: url[0] });
      }
    }
    node.forEachChild(visit);
  };
  visit(js);
  return routes;
}
