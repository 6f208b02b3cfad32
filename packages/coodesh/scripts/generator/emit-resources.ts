import { Imports } from '../../../../scripts/codegen/imports.js';
import { GENERATED_BANNER, ModelWriter } from './emit-models.js';
import { RESOURCES, type ResourceSpec } from './manifest.js';
import { jsdoc, quote } from '../../../../scripts/codegen/text.js';
import type { OperationSpec } from './operations.js';
import type { Model } from './types.js';

/** Which of the two entry points a generated class belongs to: the client's, or `@hr/coodesh/lost-routes`. */
export type Part = 'client' | 'lost';

/** The generated directory of a part, and the suffix of its class names. */
const PARTS = {
  client: { dir: 'resources', suffix: '' },
  lost: { dir: 'lost-routes', suffix: 'LostRoutes' },
} as const;

/** The generated operations of a part: methods written by hand (part 1, `hand`) are left out. */
export function operationsOf(specs: OperationSpec[], part: Part): OperationSpec[] {
  return specs.filter((s) => s.entry && !s.entry.hand && (part === 'lost') === (s.route.requiresRoute !== undefined));
}

/** The first line of a method's JSDoc: what its route needs before anything can be sent. */
function routeWarning(spec: OperationSpec): string | undefined {
  const where = `\`routes['${spec.id}']\``;
  if (spec.route.requiresRoute) return `Route lost: needs your route in ${where}.`;
  if (spec.route.status === 'unconfirmed')
    return `Unconfirmed route: needs \`allowUnconfirmedRoutes: true\` or your route in ${where}.`;
  return undefined;
}

/** Where the catalogue puts the operation, and how sure it is. */
function routeDetails(spec: OperationSpec): string {
  const { route } = spec;
  const also = route.duplicates.length > 0 ? `; also listed as n ${route.duplicates.join(', ')}` : '';
  const shown = `\`${route.method ?? '?'} ${route.path}\``;
  // The refusal without a route is the method's `@throws {@link UnconfirmedRouteError}` tag.
  if (route.requiresRoute)
    return `Reconstructed as ${shown} (catalogue n ${route.n}${also}), but ${route.requiresRoute}.`;
  const method = route.methodConfidence === route.confidence ? '' : `, method ${route.methodConfidence}`;
  const how = route.status === 'unconfirmed' ? 'reconstructed' : route.status;
  return `${shown} (catalogue n ${route.n}${also}; ${how}, confidence ${route.confidence}${method}).`;
}

/** The docs of the operation's query parameters that its (shared) query model documents more generally. */
function ownParamDocs(spec: OperationSpec, models: ReadonlyMap<string, Model>): string[] {
  const model = spec.shape!.input?.kind === 'query' ? models.get(spec.shape!.input.model) : undefined;
  return Object.entries(spec.shape!.paramDocs ?? {})
    .filter(([name, doc]) => model?.fields.find((f) => f.name === name)?.doc !== doc)
    .map(([name, doc]) => `\`${name}\`: ${doc}`);
}

/**
 * A link to an error class: `@hr/coodesh`'s main entry exports the classes, so the lost-routes entry
 * links there (`index!`) for the API reference to resolve it.
 */
const errorLink = (name: string, part: Part) => (part === 'lost' ? `{@link index!${name}}` : `{@link ${name}}`);

/** Why Coodesh refuses a call, for every operation: the reference documents no errors per operation. */
function callErrors(part: Part): string[] {
  const e = (name: string) => errorLink(name, part);
  return [
    `@throws ${e('APIError')} for any failure Coodesh answers, by status (the reference documents no errors per operation): ` +
      `${e('InvalidRequestError')} (400, 422), ${e('AuthenticationError')} (401, a missing or wrong key), ` +
      `${e('PermissionDeniedError')} (403), ${e('NotFoundError')} (404), ${e('ConflictError')} (409), ` +
      `${e('RateLimitError')} (429) and ${e('ServerError')} (5xx) after the retries.`,
    `@throws ${e('ConnectionError')} when Coodesh cannot be reached (${e('TimeoutError')} when an attempt or the ` +
      `deadline runs out); ${e('AbortError')} when \`options.signal\` aborts.`,
  ];
}

/** The `@throws` tags of an operation's method: what refuses it before sending, then what Coodesh answers. */
function throwsTags(spec: OperationSpec, part: Part, paged: boolean, untyped: boolean): string[] {
  const e = (name: string) => errorLink(name, part);
  const where = `\`routes['${spec.id}']\``;
  const route = spec.route.requiresRoute
    ? [`@throws ${e('UnconfirmedRouteError')} without your route in ${where}; nothing is sent.`]
    : spec.route.status === 'unconfirmed'
      ? [
          `@throws ${e('UnconfirmedRouteError')} without \`allowUnconfirmedRoutes: true\` or your route in ${where}; nothing is sent.`,
        ]
      : [];
  const schema = untyped ? ', or `responseSchema` is not a zod schema' : '';
  return [
    ...route,
    `@throws ${e('InputValidationError')} when an argument breaks a rule the catalogue states (required fields and headers, types, formats)${schema}; nothing is sent.`,
    ...(paged
      ? [
          `@throws ${e('PaginationError')} when the listing cannot continue safely (a page seen before, too many pages).`,
        ]
      : []),
    ...callErrors(part),
  ];
}

/** The method of an operation on its resource class. */
function method(spec: OperationSpec, part: Part, writer: ModelWriter): string {
  const shape = spec.shape!;
  const paged = shape.envelope === 'page' || shape.envelope === 'offset';
  const untyped = !shape.response;
  const params: string[] = shape.pathParams.map((p) => `${p.name}: ${p.type}`);
  const input: string[] = [];
  if (shape.pathParams.length > 0) input.push(`path: { ${shape.pathParams.map((p) => p.name).join(', ')} }`);
  if (shape.input) {
    const name = shape.input.kind === 'ids' ? 'ids' : shape.input.kind;
    const type = writer.ts({ kind: 'model', name: shape.input.model }, 'input');
    params.push(`${name}: ${type}${shape.input.optional ? ' = {}' : ''}`);
    input.push(shape.input.kind === 'ids' ? 'body: ids' : name);
  }
  if (shape.headers) {
    params.push(`headers: ${writer.ts({ kind: 'model', name: shape.headers.model }, 'input')}`);
    input.push('headers');
  }
  const options = paged ? 'CoodeshPaginateOptions' : untyped ? 'ResponseSchemaOptions<T>' : 'CoodeshRequestOptions';
  writer.imports.type('../../scope.js', options.replace(/<T>$/, ''));
  params.push(`options?: ${options}`);
  const docs = [
    ...(routeWarning(spec) ? [routeWarning(spec)!] : []),
    spec.cat.summary,
    ...(spec.entry?.note ? [spec.entry.note] : []),
    ...ownParamDocs(spec, writer.models),
    routeDetails(spec),
  ];
  if (paged) docs.push('`await` the call for the first page, or `for await` over it for every item across pages.');
  if (shape.headers) {
    const names = shape.headers.names.map((h) => `\`${h}\``).join(', ');
    docs.push(`The ${names} header is required: pass it in \`headers\` (checked before sending).`);
  }
  if (untyped)
    docs.push(
      'The reference shows no response: the call resolves with the answer as received (`unknown`), or checked and typed by the zod schema you pass as `responseSchema`.',
    );
  const call = `this.${paged ? 'paginate' : 'send'}(${quote(spec.id)}, { ${input.join(', ')} }, options)`.replace(
    '{  }',
    '{}',
  );
  const tags = throwsTags(spec, part, paged, untyped);
  return `${jsdoc(docs, '  ', 110, routeWarning(spec) !== undefined, tags)}\n  ${spec.method}${untyped ? '<T = unknown>' : ''}(${params.join(', ')}) {\n    return ${call};\n  }`;
}

/** A resource class with its methods and sub-resources. */
function resourceClass(
  className: string,
  doc: string,
  specs: OperationSpec[],
  children: [string, string, string][],
  part: Part,
  writer: ModelWriter,
): string {
  const members: string[] = [];
  if (children.length > 0) {
    writer.imports.type('../../resources/base.js', 'CoodeshCaller');
    for (const [property, child, childDoc] of children)
      members.push(`${jsdoc(childDoc, '  ')}\n  readonly ${property}: ${child};`);
    const init = children.map(([property, child]) => `    this.${property} = new ${child}(client);`).join('\n');
    members.push(
      `  /** The resource and its sub-resources, calling \`client\`. */\n  constructor(client: CoodeshCaller) {\n    super(client);\n${init}\n  }`,
    );
  }
  members.push(...specs.map((spec) => method(spec, part, writer)));
  return `${jsdoc(doc, '')}\nexport class ${className} extends CoodeshResource {\n${members.join('\n\n')}\n}`;
}

/** The doc of a part's class: the lost-routes classes say what they hold. */
function classDoc(doc: string, part: Part): string {
  return part === 'lost'
    ? `${doc} These are the operations whose route the reference lost: each needs your route in the client's \`routes\`.`
    : doc;
}

/** A generated resource group of a part: property → class name, doc and the operations it holds. */
export interface GeneratedGroup {
  property: string;
  className: string;
  doc: string;
  spec: ResourceSpec;
  operations: OperationSpec[];
}

/** The resource groups a part generates (a group whose methods are all hand-written is left out). */
export function groupsOf(specs: OperationSpec[], part: Part): GeneratedGroup[] {
  const ops = operationsOf(specs, part);
  return Object.entries(RESOURCES)
    .map(([property, spec]) => ({
      property,
      className: `${spec.className}${PARTS[part].suffix}`,
      doc: classDoc(spec.doc, part),
      spec,
      operations: ops.filter((s) => s.resource === property),
    }))
    .filter((group) => group.operations.length > 0);
}

/** Renders a resource file: the documented classes of one group, their methods calling the table's operations by id. */
export function renderResourceFile(group: GeneratedGroup, part: Part, models: ReadonlyMap<string, Model>): string {
  const { suffix, dir } = PARTS[part];
  const imports = new Imports();
  const writer = new ModelWriter(models, `generated/${dir}/${group.spec.file}`, imports);
  imports.value('../../resources/base.js', 'CoodeshResource');
  const children = Object.entries(group.spec.children ?? {})
    .map(([property, child]) => ({ property, child, operations: group.operations.filter((s) => s.child === property) }))
    .filter((c) => c.operations.length > 0);
  const classes = children.map(({ child, operations }) =>
    resourceClass(`${child.className}${suffix}`, classDoc(child.doc, part), operations, [], part, writer),
  );
  classes.push(
    resourceClass(
      group.className,
      group.doc,
      group.operations.filter((s) => !s.child),
      children.map(({ property, child }) => [property, `${child.className}${suffix}`, child.doc]),
      part,
      writer,
    ),
  );
  return `${GENERATED_BANNER}${imports.render()}\n\n${classes.join('\n\n')}\n`;
}

/** Every class a group's file exports (the group's and its sub-resources'). */
export function classesOf(group: GeneratedGroup, part: Part): string[] {
  const children = Object.entries(group.spec.children ?? {})
    .filter(([property]) => group.operations.some((s) => s.child === property))
    .map(([, child]) => `${child.className}${PARTS[part].suffix}`);
  return [...children, group.className];
}

/** The module of a group's file, relative to src/generated. */
export const groupModule = (group: GeneratedGroup, part: Part) => `./${PARTS[part].dir}/${group.spec.file}.js`;
