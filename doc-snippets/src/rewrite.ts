/**
 * The one change the harness makes to a snippet before running it: every client it constructs
 * with an options object gets the sandbox's base URL, `new MokaClient({ baseUrl: <sandbox>,
 * apiKey: ... })`, unless the object names a `baseUrl` itself (a snippet that starts its own
 * sandbox keeps it). The text is inserted right after the `{`, so the line count does not change and
 * errors keep pointing at the page's lines.
 *
 * A client constructed any other way (`new MokaClient(options)`) could not be redirected and would
 * call the vendor's real host: the harness refuses such a snippet instead.
 */
import ts from 'typescript';

/** The client classes, also the keys of their base URLs in `globalThis.__hrDocBaseUrls`. */
const CLIENT_CLASSES = new Set([
  'MokaClient',
  'FeishuCoreHRClient',
  'ComeetClient',
  'ComeetCareersClient',
  'CoodeshClient',
  'FeishuLongConnection',
]);

/** The snippet's code with every client pointed at its sandbox; throws for a construction it cannot redirect. */
export function pointClientsAtSandboxes(code: string): string {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const insertions: { at: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && CLIENT_CLASSES.has(node.expression.text)) {
      const name = node.expression.text;
      const options = node.arguments?.[0];
      if (!options || !ts.isObjectLiteralExpression(options))
        throw new Error(
          `\`new ${name}(\` is not given an options object literal, so the harness cannot point it at the sandbox: write \`new ${name}({ ... })\``,
        );
      const named = options.properties.some((property) => property.name?.getText(source) === 'baseUrl');
      if (!named)
        insertions.push({ at: options.getStart(source) + 1, text: ` baseUrl: globalThis.__hrDocBaseUrls.${name},` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return insertions
    .sort((a, b) => b.at - a.at)
    .reduce((text, { at, text: inserted }) => text.slice(0, at) + inserted + text.slice(at), code);
}
