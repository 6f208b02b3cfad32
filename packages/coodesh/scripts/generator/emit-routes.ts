import { GENERATED_BANNER } from './emit-models.js';
import { quote } from './names.js';
import type { OperationSpec } from './operations.js';

/** Renders `src/routing/routes.ts`: the route of every catalogued operation, by operation id. */
export function renderRouteTable(specs: OperationSpec[]): string {
  const entries = [...specs]
    .sort((a, b) => a.route.n - b.route.n)
    .map(({ id, route }) => {
      const parts = [
        `n: ${route.n}`,
        ...(route.duplicates.length ? [`duplicates: [${route.duplicates.join(', ')}]`] : []),
        `method: ${quote(route.method)}`,
        `path: ${quote(route.path)}`,
        `params: [${route.params.map(quote).join(', ')}]`,
        `status: ${quote(route.status)}`,
        `confidence: ${quote(route.confidence)}`,
        `methodConfidence: ${quote(route.methodConfidence)}`,
        ...(route.requiresRoute ? [`requiresRoute: ${quote(route.requiresRoute)}`] : []),
      ];
      return `  ${quote(id)}: { ${parts.join(', ')} },`;
    });
  return `${GENERATED_BANNER}import type { CoodeshRoute } from './route.js';

/**
 * The route of every operation of the Coodesh reference, keyed by operation id (\`<resource>.<method>\`):
 * its catalogue number \`n\` (and the numbers of its documented duplicates), HTTP method and full path,
 * how well public evidence supports it (\`status\`) and the catalogue's confidence in the reconstruction.
 * Operations whose status is \`unconfirmed\` are sent only with \`allowUnconfirmedRoutes: true\` or a
 * route you supply in \`routes\`; those with \`requiresRoute\` only with a route you supply.
 */
export const COODESH_ROUTES = {
${entries.join('\n')}
} as const satisfies Record<string, CoodeshRoute>;

/** The id of a Coodesh operation, e.g. \`careerPaths.list\`. */
export type CoodeshOperationId = keyof typeof COODESH_ROUTES;
`;
}
