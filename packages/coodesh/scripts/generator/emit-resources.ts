import { GENERATED_BANNER, Imports, ModelWriter } from './emit-models.js';
import { RESOURCES, type ResourceSpec } from './manifest.js';
import { jsdoc, pascal, quote, safeIdentifier } from './names.js';
import type { OperationSpec } from './operations.js';
import type { Model, TypeRef } from './types.js';

/** The variable name of an operation within its resource file. */
function operationVariable(spec: OperationSpec): string {
  const name = safeIdentifier(spec.child ? `${spec.child}${pascal(spec.method)}` : spec.method);
  return spec.route.params.includes(name) ? `${name}Operation` : name;
}

/** The sentence saying where an operation goes and what it takes to send it. */
export function routeSentence(spec: OperationSpec): string {
  const { route } = spec;
  const also = route.duplicates.length > 0 ? `; also listed as n ${route.duplicates.join(', ')}` : '';
  const where = `routes['${spec.id}']`;
  if (route.requiresRoute) {
    return `Route unknown (catalogue n ${route.n}${also}: reconstructed as \`${route.method} ${route.path}\`, but ${route.requiresRoute}): nothing is sent until you pass the route in \`${where}\`.`;
  }
  const method = route.methodConfidence === route.confidence ? '' : `, method ${route.methodConfidence}`;
  return `\`${route.method} ${route.path}\` (catalogue n ${route.n}${also}; reconstructed, confidence ${route.confidence}${method}). The route is unconfirmed: it is sent only with \`allowUnconfirmedRoutes: true\` or a route of yours in \`${where}\`.`;
}

/** The `defineOperation` declaration of an operation. */
function declaration(spec: OperationSpec, writer: ModelWriter, imports: Imports): string {
  const { route, shape } = spec;
  const lines = [`  id: ${quote(spec.id)},`];
  if (route.method === '?') {
    imports.value('./base.js', 'lostRoute');
    lines.push(`  ...lostRoute(${route.path === '(unknown)' ? '' : quote(route.path)}),`);
  } else {
    lines.push(`  method: ${quote(route.method)},`);
    lines.push(`  path: ${quote(route.path === '(unknown)' ? '/(unknown)' : route.path)},`);
  }
  if (shape!.pathParams.length > 0) {
    const numbers = shape!.pathParams.filter((p) => p.type === 'number').map((p) => p.name);
    imports.value('./base.js', 'pathParams');
    const names = shape!.pathParams.map((p) => quote(p.name)).join(', ');
    lines.push(`  pathParams: pathParams([${names}]${numbers.length ? `, [${numbers.map(quote).join(', ')}]` : ''}),`);
  }
  const input = shape!.input;
  if (input) {
    const model: TypeRef = { kind: 'model', name: input.model };
    lines.push(`  ${input.kind === 'query' ? 'query' : 'body'}: ${writer.zod(model, 'input').replace(/\(\)$/, '')},`);
  }
  if (shape!.response) {
    const response = shape!.response;
    if (shape!.envelope) {
      const item =
        response.kind === 'model'
          ? `${writer.zod(response, 'response').replace(/\(\)$/, '')}`
          : `() => ${writer.zod(response, 'response')}`;
      const helper = shape!.envelope === 'offset' ? 'offsetOf' : 'pageOf';
      imports.value('../models/paging.js', helper);
      lines.push(`  response: ${helper}(${item}),`);
    } else if (response.kind === 'model') {
      lines.push(`  response: ${writer.zod(response, 'response').replace(/\(\)$/, '')},`);
    } else {
      imports.value('@hr/core', 'lazySchema');
      imports.value('zod', 'z');
      lines.push(`  response: lazySchema(() => ${writer.zod(response, 'response')}),`);
    }
  }
  if (shape!.envelope === 'page') {
    imports.value('@hr/core', 'pageNumber');
    lines.push('  paginate: pageNumber(),');
  } else if (shape!.envelope === 'offset') {
    imports.value('@hr/core', 'offsetLimit');
    lines.push(`  paginate: offsetLimit(${spec.cat.n === 254 ? "{ total: 'total_tests' }" : ''}),`);
  }
  imports.value('@hr/core', 'defineOperation');
  return `const ${operationVariable(spec)} = defineOperation({\n${lines.join('\n')}\n});`;
}

/** The method of an operation on its resource class. */
function method(spec: OperationSpec, writer: ModelWriter, imports: Imports): string {
  const shape = spec.shape!;
  const paged = shape.envelope === 'page' || shape.envelope === 'offset';
  const params: string[] = shape.pathParams.map((p) => `${p.name}: ${p.type}`);
  const input: string[] = [];
  if (shape.pathParams.length > 0) input.push(`path: { ${shape.pathParams.map((p) => p.name).join(', ')} }`);
  if (shape.input) {
    const type = shape.input.kind === 'ids' ? 'IdList' : writer.ts({ kind: 'model', name: shape.input.model }, 'input');
    if (shape.input.kind === 'ids') imports.type('../models/inputs.js', 'IdList');
    const name = shape.input.kind === 'ids' ? 'ids' : shape.input.kind;
    const optional = shape.input.optional ? ' = {}' : '';
    params.push(`${name}: ${type}${optional}`);
    input.push(shape.input.kind === 'ids' ? 'body: ids' : name);
  }
  if (shape.headers) params.push(`headers: ${writer.ts({ kind: 'model', name: shape.headers.model }, 'input')}`);
  const options = paged ? 'CoodeshPaginateOptions' : 'CoodeshRequestOptions';
  imports.type('../scope.js', options);
  params.push(`options?: ${options}`);
  const call = shape.headers ? 'sendWithHeaders' : paged ? 'paginate' : 'send';
  const headersSchema = shape.headers
    ? writer.zod({ kind: 'model', name: shape.headers.model }, 'input').replace(/\(\)$/, '')
    : undefined;
  const args = [
    operationVariable(spec),
    `{ ${input.join(', ')} }`.replace('{  }', '{}'),
    ...(headersSchema ? [headersSchema, 'headers'] : []),
    'options',
  ];
  const docs = [spec.cat.summary, ...(spec.entry?.note ? [spec.entry.note] : []), routeSentence(spec)];
  if (paged) docs.push('`await` the call for the first page, or `for await` over it for every item across pages.');
  if (shape.headers)
    docs.push(
      `The ${shape.headers.names.map((h) => `\`${h}\``).join(', ')} header is required: pass it in \`headers\` (checked before sending).`,
    );
  return `${jsdoc(docs, '  ')}\n  ${spec.method}(${params.join(', ')}) {\n    return this.${call}(${args.join(', ')});\n  }`;
}

/** A resource class with its methods (and sub-resources). */
function resourceClass(
  className: string,
  doc: string,
  specs: OperationSpec[],
  children: [string, { className: string; doc: string }][],
  writer: ModelWriter,
  imports: Imports,
): string {
  imports.value('./base.js', 'CoodeshResource');
  const members: string[] = [];
  if (children.length > 0) {
    imports.type('./base.js', 'CoodeshCaller');
    for (const [property, child] of children)
      members.push(`${jsdoc(child.doc, '  ')}\n  readonly ${property}: ${child.className};`);
    const init = children
      .map(([property, child]) => `    this.${property} = new ${child.className}(client);`)
      .join('\n');
    members.push(`  constructor(client: CoodeshCaller) {\n    super(client);\n${init}\n  }`);
  }
  members.push(...specs.map((spec) => method(spec, writer, imports)));
  return `${jsdoc(doc, '')}\nexport class ${className} extends CoodeshResource {\n${members.join('\n\n')}\n}`;
}

/** Renders a resource file: one `defineOperation` per endpoint, then the documented classes. */
export function renderResourceFile(
  spec: ResourceSpec,
  specs: OperationSpec[],
  models: ReadonlyMap<string, Model>,
): string {
  const imports = new Imports();
  const writer = new ModelWriter(models, spec.file, imports, '../models');
  const declarations = specs.map((s) => declaration(s, writer, imports));
  const children = Object.entries(spec.children ?? {});
  const classes = children.map(([property, child]) =>
    resourceClass(
      child.className,
      child.doc,
      specs.filter((s) => s.child === property),
      [],
      writer,
      imports,
    ),
  );
  classes.push(
    resourceClass(
      spec.className,
      spec.doc,
      specs.filter((s) => !s.child),
      children,
      writer,
      imports,
    ),
  );
  return `${GENERATED_BANNER}${imports.render()}\n\n${declarations.join('\n')}\n\n${classes.join('\n\n')}\n`;
}

/** Every generated resource: client property → class name and doc (for the client and index). */
export function generatedResources(specs: OperationSpec[]): { property: string; spec: ResourceSpec }[] {
  const hand = new Set(specs.filter((s) => s.entry?.hand).map((s) => s.resource));
  const used = new Set(specs.filter((s) => s.entry && !s.entry.hand).map((s) => s.resource));
  return Object.entries(RESOURCES)
    .filter(([property]) => used.has(property) && !hand.has(property))
    .map(([property, spec]) => ({ property, spec }));
}
