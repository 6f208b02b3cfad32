import { Imports } from '../../../../scripts/codegen/imports.js';
import { GENERATED_BANNER } from './emit-models.js';
import { classesOf, groupModule, type GeneratedGroup } from './emit-resources.js';
import { jsdoc } from '../../../../scripts/codegen/text.js';
import type { Model } from './types.js';

/** `import { A, B } from '...'` lines of the groups' classes (types only, or values). */
function groupImports(groups: GeneratedGroup[], part: 'client' | 'lost', as: 'type' | 'value'): Imports {
  const imports = new Imports();
  for (const group of groups) {
    if (as === 'type') for (const name of classesOf(group, part)) imports.type(groupModule(group, part), name);
    else imports.value(groupModule(group, part), group.className);
  }
  return imports;
}

/** Renders `src/generated/catalogue.ts`: the catalogue's resource groups the client carries. */
export function renderCatalogue(groups: GeneratedGroup[]): string {
  const imports = groupImports(groups, 'client', 'value');
  imports.type('../resources/base.js', 'CoodeshCaller');
  const members = groups.map((g) => `${jsdoc(g.doc, '  ')}\n  readonly ${g.property}: ${g.className};`);
  const created = groups.map((g) => `    ${g.property}: new ${g.className}(client),`);
  return `${GENERATED_BANNER}${imports.render()}

/** The resource groups of the catalogue (every operation with a route), as properties of \`CoodeshClient\`. */
export interface CatalogueResources {
${members.join('\n')}
}

/** Creates the catalogue's resource groups of a client. */
export function catalogueResources(client: CoodeshCaller): CatalogueResources {
  return {
${created.join('\n')}
  };
}
`;
}

/** Renders `src/generated/lost-routes.ts`: the entry of the operations whose route was lost. */
export function renderLostRoutes(groups: GeneratedGroup[], count: number): string {
  const imports = groupImports(groups, 'lost', 'value');
  imports.type('../client.js', 'CoodeshClient');
  const members = groups.map((g) => `${jsdoc(g.spec.doc, '  ')}\n  readonly ${g.property}: ${g.className};`);
  const created = groups.map((g) => `    this.${g.property} = new ${g.className}(client);`);
  const exported = groupImports(groups, 'lost', 'type')
    .render()
    .replace(/^import type/gm, 'export type');
  return `${GENERATED_BANNER}${imports.render()}

${exported}

/**
 * The ${count} operations whose route the Coodesh reference lost (its HTTP method, a path segment or the
 * whole path; or a reconstruction that clashes with another operation's), by resource. Each one is sent
 * only to the route you pass for it in the client's \`routes\`; until then it rejects with
 * \`UnconfirmedRouteError\` and sends nothing.
 *
 * @example
 * const coodesh = new CoodeshClient({ apiKey, routes: { 'careerPaths.archive': 'PATCH /careers/:id/archive' } });
 * await new CoodeshLostRoutes(coodesh).careerPaths.archive('64dfa98a71a3460012d2d6b5');
 */
export class CoodeshLostRoutes {
${members.join('\n')}

  /** The lost-route operations of \`client\`, sent with its options and the routes you gave it. */
  constructor(client: CoodeshClient) {
${created.join('\n')}
  }
}
`;
}

/** Renders `src/generated/types.ts`: the types the root entry exports (generated models and resource classes). */
export function renderTypes(models: ReadonlyMap<string, Model>, groups: GeneratedGroup[]): string {
  const imports = groupImports(groups, 'client', 'type');
  for (const model of models.values()) imports.type(`./models/${model.file}.js`, model.name);
  imports.type('./catalogue.js', 'CatalogueResources');
  return `${GENERATED_BANNER}${imports.render().replace(/^import type/gm, 'export type')}\n`;
}

/** Renders `src/generated/schemas.ts`: the schemas of the generated models, for the \`/schemas\` entry. */
export function renderSchemas(models: ReadonlyMap<string, Model>): string {
  const imports = new Imports();
  for (const model of models.values()) imports.value(`./models/${model.file}.js`, `${model.name}Schema`);
  return `${GENERATED_BANNER}${imports.render().replace(/^import/gm, 'export')}\n`;
}
