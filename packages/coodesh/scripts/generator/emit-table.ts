import { Imports } from '../../../../scripts/codegen/imports.js';
import { GENERATED_BANNER, ModelWriter } from './emit-models.js';
import type { HandOperation } from './manifest.js';
import { quote } from '../../../../scripts/codegen/text.js';
import { MULTIPART, type OperationSpec, type RouteInfo } from './operations.js';
import type { Model, TypeRef } from './types.js';

/** The `route` of a table entry. */
function route(info: RouteInfo): string {
  const parts = [
    `n: ${info.n}`,
    ...(info.duplicates.length ? [`duplicates: [${info.duplicates.join(', ')}]`] : []),
    ...(info.method ? [`method: ${quote(info.method)}`] : []),
    `path: ${quote(info.path)}`,
    `params: [${info.params.map(quote).join(', ')}]`,
    `status: ${quote(info.status)}`,
    `confidence: ${quote(info.confidence)}`,
    `methodConfidence: ${quote(info.methodConfidence)}`,
    ...(info.requiresRoute ? [`requiresRoute: ${quote(info.requiresRoute)}`] : []),
  ];
  return `{ ${parts.join(', ')} }`;
}

/** A model's lazy schema as a table value (`CareerPathSchema`), or a lazy schema of another type. */
function schema(type: TypeRef, role: Model['role'], writer: ModelWriter): string {
  const zod = writer.zod(type, role);
  if (type.kind === 'model') return zod.replace(/\(\)$/, '');
  writer.imports.value('@hr/core/internal', 'lazySchema');
  writer.imports.value('zod', 'z');
  return `lazySchema(() => ${zod})`;
}

/** The response and paging of a table entry: `envelope` wraps the item `type`. */
function response(
  type: TypeRef,
  envelope: 'page' | 'offset' | 'array' | 'docs' | undefined,
  writer: ModelWriter,
  totalKey?: string,
): string[] {
  if (envelope === 'page' || envelope === 'offset') {
    const item = type.kind === 'model' ? schema(type, 'response', writer) : `() => ${writer.zod(type, 'response')}`;
    const [wrap, style] = envelope === 'page' ? ['pageOf', 'pageNumber'] : ['offsetOf', 'offsetLimit'];
    writer.helper(wrap);
    writer.imports.value('@hr/core/internal', style);
    return [`response: ${wrap}(${item})`, `paginate: ${style}(${totalKey ? `{ total: ${quote(totalKey)} }` : ''})`];
  }
  if (envelope === 'array') return [`response: ${schema({ kind: 'array', of: type }, 'response', writer)}`];
  return [`response: ${schema(type, 'response', writer)}`];
}

/** The fields of a part-1 operation's entry: hand-written models named by the manifest. */
function handFields(hand: HandOperation, writer: ModelWriter): string[] {
  const model = (name: string): TypeRef => ({ kind: 'model', name });
  return [
    ...(hand.query ? [`query: ${schema(model(hand.query), 'input', writer)}`] : []),
    ...(hand.body ? [`body: ${schema(model(hand.body), 'input', writer)}`] : []),
    ...(hand.response ? response(model(hand.response), hand.envelope, writer) : []),
    ...(hand.commaArrays ? ["arrayFormat: 'comma'"] : []),
    ...(hand.public ? ['auth: false'] : []),
  ];
}

/** The fields of a catalogue operation's entry: the models generated from the catalogue. */
function catalogueFields(spec: OperationSpec, writer: ModelWriter): string[] {
  const shape = spec.shape!;
  const fields: string[] = [];
  const numbers = shape.pathParams.filter((p) => p.type === 'number').map((p) => quote(p.name));
  if (numbers.length > 0) fields.push(`numericParams: [${numbers.join(', ')}]`);
  if (shape.input)
    fields.push(
      `${shape.input.kind === 'query' ? 'query' : 'body'}: ${schema({ kind: 'model', name: shape.input.model }, 'input', writer)}`,
    );
  if (spec.cat.body?.contentType === MULTIPART) fields.push("bodyType: 'multipart'");
  if (shape.headers) fields.push(`headers: ${schema({ kind: 'model', name: shape.headers.model }, 'input', writer)}`);
  // The tests variant of the ATS integration names its total `total_tests`.
  if (shape.response)
    fields.push(...response(shape.response, shape.envelope, writer, spec.cat.n === 254 ? 'total_tests' : undefined));
  return fields;
}

/** Renders `src/generated/operations.ts`: one entry per operation, the single source of routes and schemas. */
export function renderTable(specs: OperationSpec[], models: ReadonlyMap<string, Model>): string {
  const imports = new Imports();
  const writer = new ModelWriter(models, 'generated/operations', imports);
  const entries = [...specs]
    .sort((a, b) => a.route.n - b.route.n)
    .map((spec) => {
      const fields = [
        `route: ${route(spec.route)}`,
        ...(spec.hand ? handFields(spec.hand, writer) : catalogueFields(spec, writer)),
      ];
      return `  ${quote(spec.id)}: {\n${fields.map((f) => `    ${f},`).join('\n')}\n  },`;
    });
  imports.type('../routing/operation-entry.js', 'OperationEntry');
  return `${GENERATED_BANNER}${imports.render()}

/**
 * Every operation of the Coodesh reference, by operation id (\`<resource>.<method>\`): its route as the
 * catalogue gives or reconstructs it (its number \`n\` and documented duplicates, the method when known,
 * the path, how well public evidence supports it and the catalogue's confidence), and what
 * \`defineOperation\` needs besides: the schemas of the path, query, body, required headers and
 * response, how the body is encoded (multipart for the uploads), the paging, public routes. The
 * client methods and \`COODESH_ROUTES\` are built from it.
 */
export const COODESH_OPERATIONS = {
${entries.join('\n')}
} as const satisfies Record<string, OperationEntry>;
`;
}
