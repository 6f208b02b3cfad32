import type { z } from 'zod';
import { internals } from '../operation/fast-parse/zod-internals.js';
import { resolveLazy, type Lazy } from '../operation/schema.js';

const MAX_REPORTED = 20;

/**
 * The dotted paths of object keys in `value` that `schema` does not declare (sent as given, since
 * request objects are open). Follows objects, arrays and wrappers (optional, nullable, default, pipes,
 * lazy); unions are not entered. Stops after 20 paths. Only called when debug logging is on.
 */
export function unknownKeys(schema: Lazy<z.ZodType> | undefined, value: unknown, prefix: string): string[] {
  const found: string[] = [];
  if (schema) walk(resolveLazy(schema), value, prefix, found);
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
