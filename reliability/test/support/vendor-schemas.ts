import type { z } from 'zod';
import * as comeetSchemas from '@hr/comeet/schemas';
import * as coodeshSchemas from '@hr/coodesh/schemas';
import * as feishuSchemas from '@hr/feishu-corehr/schemas';
import * as mokaSchemas from '@hr/moka/schemas';

type Schemas = Record<string, unknown>;

/** Each vendor's `/schemas` entry. */
export const ENTRIES: [string, Schemas][] = [
  ['moka', mokaSchemas],
  ['feishu-corehr', feishuSchemas],
  ['comeet', comeetSchemas],
  ['coodesh', coodeshSchemas],
];

/** The zod schemas a `/schemas` entry exports (lazy ones built). */
export function schemasOf(entry: Schemas): [string, z.ZodType][] {
  return Object.entries(entry).flatMap(([name, value]): [string, z.ZodType][] => {
    const isSchema = (v: unknown): v is z.ZodType => typeof v === 'object' && v !== null && '_zod' in v;
    if (isSchema(value)) return [[name, value]];
    if (typeof value === 'function' && value.length === 0) {
      const built: unknown = (value as () => unknown)();
      if (isSchema(built)) return [[name, built]];
    }
    return [];
  });
}

/** A schema, or the thunk of a lazy one, built. */
export const resolve = (schema: unknown): z.ZodType =>
  (typeof schema === 'function' ? (schema as () => z.ZodType)() : schema) as z.ZodType;
