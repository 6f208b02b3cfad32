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
  const withEnter = (body) =>
    ts.isBlock(body)
      ? factory.updateBlock(body, [enter(), ...body.statements])
      : factory.createBlock([enter(), factory.createReturnStatement(body)], true);
  const visit = (node) => {
    if (!ts.isFunctionLike(node) || !('body' in node) || !node.body) return ts.visitEachChild(node, visit, context);
    // The function is rebuilt by visitEachChild, with its body (visited first) entered.
    const body = node.body;
    return ts.visitEachChild(node, (child) => (child === body ? withEnter(visit(child)) : visit(child)), context);
  };
  return (file) => ts.visitNode(file, visit);
}
