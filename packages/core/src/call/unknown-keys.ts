import type { z } from 'zod';
import { resolveLazy, type Lazy } from '../contract/schema.js';
import { fastParserFallback } from '../fast-parse/compile.js';
import { internals } from '../fast-parse/zod-internals.js';
import type { ClientContext } from './types.js';

/** Unknown keys reported per value, at most. */
const MAX_REPORTED = 20;

/** The fields already reported, per client (at most 1000 each). */
const reported = new WeakMap<ClientContext, Set<string>>();

/**
 * Logs at debug level, once per client and field (list positions folded into `*`), the keys the SDK
 * does not know: they are sent as given.
 */
export function logUnknownKeys(
  client: ClientContext,
  operationId: string,
  schema: Lazy<z.ZodType>,
  value: unknown,
  name: string,
): void {
  let seen = reported.get(client);
  if (!seen) reported.set(client, (seen = new Set()));
  for (const path of unknownKeys(schema, value, name)) {
    const field = path.replace(/\.\d+(?=\.|$)/g, '.*');
    const id = `${operationId} ${field}`;
    if (seen.has(id) || seen.size >= 1000) continue;
    seen.add(id);
    client.log.debug(`${operationId}: ${field} is not a documented field; sending it as given`);
  }
}

/**
 * The dotted paths of object keys in `value` that `schema` does not declare (sent as given, since
 * request objects are open). Follows objects, arrays and wrappers (optional, nullable, default, pipes,
 * lazy); unions are not entered. Stops after 20 paths. Only called when debug logging is on.
 */
function unknownKeys(schema: Lazy<z.ZodType> | undefined, value: unknown, prefix: string): string[] {
  const found: string[] = [];
  // The walk reads zod's internals: on a zod whose internals differ, it stays out of the way.
  if (schema && fastParserFallback() === undefined) walk(resolveLazy(schema), value, prefix, found);
  return found;
}

function walk(schema: z.ZodType, value: unknown, path: string, found: string[]): void {
  if (found.length >= MAX_REPORTED || value === null || typeof value !== 'object') return;
  const def = internals(schema).def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      for (const [key, child] of Object.entries(value)) {
        if (!Object.hasOwn(shape, key)) found.push(`${path}.${key}`);
        else walk(shape[key]!, child, `${path}.${key}`, found);
      }
      return;
    }
    case 'array':
      if (Array.isArray(value) && def.element)
        value.forEach((item, index) => walk(def.element!, item, `${path}.${index}`, found));
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, path, found);
      return;
    case 'lazy':
      if (def.getter) walk(def.getter(), value, path, found);
      return;
    default:
      if (def.innerType) walk(def.innerType, value, path, found);
  }
}
