import type { z } from 'zod';

/** The parts of a zod schema's internals the compiler reads. */
export interface Internals {
  def: Def;
  run: unknown;
  parse: unknown;
  optin?: 'optional' | 'defaulted' | undefined;
  optout?: 'optional' | undefined;
  values?: ReadonlySet<unknown> | undefined;
  innerType?: z.ZodType;
  traits: ReadonlySet<string>;
}

/** The parts of a zod schema's definition the compiler (and the unknown-key walk) reads. */
export interface Def {
  type: string;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  discriminator?: string;
  inclusive?: boolean;
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  mode?: string;
  partial?: boolean;
  transform?: (value: unknown, context: { value: unknown; issues: unknown[] }) => unknown;
  getter?: () => z.ZodType;
}

export const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod;

/** Whether zod's `run` is its bare `parse`: checks (refinements, lengths, formats) wrap it. */
export const unchecked = (zod: Internals): boolean => zod.run === zod.parse;
