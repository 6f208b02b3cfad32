// Module hooks for scripts/trace-call.ts (see its header): every function of a package source file
// (packages/*/src, sandboxes excluded) starts by calling `globalThis.__hrTraceEnter()`, which walks
// the stack to see which file runs and which file called it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const TRACED = /\/packages\/[^/]+\/src\/(?!testing\/|testing\.ts$).*\.ts$/;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TRACED.test(fileURLToPath(url))) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const output = ts.transpileModule(await readFile(path, 'utf8'), {
    fileName: path,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    transformers: { before: [enterCalls] },
  });
  return { format: 'module', source: output.outputText, shortCircuit: true };
}

/** `__hrTraceEnter()` as the first statement of every function body (arrow bodies made blocks). */
function enterCalls(context) {
  const { factory } = context;
  const enter = () =>
    factory.createExpressionStatement(
      factory.createCallChain(
        factory.createPropertyAccessExpression(factory.createIdentifier('globalThis'), '__hrTraceEnter'),
        factory.createToken(ts.SyntaxKind.QuestionDotToken),
        undefined,
        [],
      ),
    );
  const withEnter = (body) => factory.updateBlock(body, [enter(), ...body.statements]);
  const visit = (node) => {
    node = ts.visitEachChild(node, visit, context);
    if (!ts.isFunctionLike(node) || !('body' in node) || !node.body) return node;
    if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      const body = factory.createBlock([enter(), factory.createReturnStatement(node.body)], true);
      return factory.updateArrowFunction(
        node,
        node.modifiers,
        node.typeParameters,
        node.parameters,
        node.type,
        node.equalsGreaterThanToken,
        body,
      );
    }
    if (!ts.isBlock(node.body)) return node;
    if (ts.isFunctionDeclaration(node))
      return factory.updateFunctionDeclaration(
        node,
        node.modifiers,
        node.asteriskToken,
        node.name,
        node.typeParameters,
        node.parameters,
        node.type,
        withEnter(node.body),
      );
    if (ts.isFunctionExpression(node))
      return factory.updateFunctionExpression(
        node,
        node.modifiers,
        node.asteriskToken,
        node.name,
        node.typeParameters,
        node.parameters,
        node.type,
        withEnter(node.body),
      );
    if (ts.isArrowFunction(node))
      return factory.updateArrowFunction(
        node,
        node.modifiers,
        node.typeParameters,
        node.parameters,
        node.type,
        node.equalsGreaterThanToken,
        withEnter(node.body),
      );
    if (ts.isMethodDeclaration(node))
      return factory.updateMethodDeclaration(
        node,
        node.modifiers,
        node.asteriskToken,
        node.name,
        node.questionToken,
        node.typeParameters,
        node.parameters,
        node.type,
        withEnter(node.body),
      );
    if (ts.isGetAccessorDeclaration(node))
      return factory.updateGetAccessorDeclaration(
        node,
        node.modifiers,
        node.name,
        node.parameters,
        node.type,
        withEnter(node.body),
      );
    if (ts.isSetAccessorDeclaration(node))
      return factory.updateSetAccessorDeclaration(
        node,
        node.modifiers,
        node.name,
        node.parameters,
        withEnter(node.body),
      );
    if (ts.isConstructorDeclaration(node))
      return factory.updateConstructorDeclaration(node, node.modifiers, node.parameters, withEnter(node.body));
    return node;
  };
  return (file) => ts.visitNode(file, visit);
}
