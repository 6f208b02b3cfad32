import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { z } from 'zod';
import type { ValidationIssue } from '../errors/client-errors.js';
import { fastParse, REJECTED } from '../fast-parse/compile.js';
import { type Def, internals, unchecked } from '../fast-parse/zod-internals.js';

/** Issues kept per value at most: enough to fix it, bounded however bad it is. The rest are counted. */
export const MAX_ISSUES = 100;
/** Work between two looks at the clock, and the longest stretch of it without yielding. */
const STEPS_PER_CHECK = 1024;
const SLICE_MS = 10;

/** What a value broke: the first issues (at most 100) and how many there are in all. */
export interface FoundIssues {
  /** The first issues, in document order. */
  issues: ValidationIssue[];
  /** Every issue found: the kept ones, plus one per further invalid value (a lower bound when one value breaks several rules). */
  count: number;
}

type Task =
  | { kind: 'check'; schema: z.ZodType; value: unknown; path: string }
  | { kind: 'items'; element: z.ZodType; list: readonly unknown[]; next: number; path: string }
  | { kind: 'fields'; fields: [key: string, schema: z.ZodType][]; object: object; next: number; path: string }
  /** After a node's parts were checked: when they held nothing, the node itself broke a rule (a refinement). */
  | { kind: 'settle'; schema: z.ZodType; value: unknown; path: string; countBefore: number };

/**
 * Finds why `value` does not match `schema` at a cost bounded whatever its size: zod reports every
 * bad item of a list as one issue object (a million of them for a 2 MB answer), so zod is asked only
 * about the smallest parts that fail, and only until 100 issues are kept; beyond, invalid parts are
 * counted with the fast parser's verdict, without building an issue. Walks objects, lists, optional,
 * nullable and other wrappers, lazy schemas, pipes (their input) and unions (the one option of the
 * value's kind, or the one its discriminator picks); anything else is asked of zod as a whole.
 * Call it only when the fast parser runs (see `fastParserFallback`). `keep` (default 100) is how many
 * issues to describe: a batch checking item after item passes what its earlier items left; with
 * nothing left to describe, the search stops at the first invalid part (the value counts once).
 */
export function findIssues(schema: z.ZodType, value: unknown, prefix: string, keep = MAX_ISSUES): FoundIssues {
  // (Also called on values the fast parser was not asked about: a node with checks of its own.)
  const finder = new IssueFinder(schema, value, prefix, keep);
  while (!finder.step(Number.POSITIVE_INFINITY));
  return finder.found;
}

/** `findIssues`, yielding to the event loop every 10 ms of work, so a huge bad answer does not block it. */
export async function findIssuesYielding(schema: z.ZodType, value: unknown, prefix: string): Promise<FoundIssues> {
  const finder = new IssueFinder(schema, value, prefix, MAX_ISSUES);
  while (!finder.step(performance.now() + SLICE_MS)) await yieldToEventLoop();
  return finder.found;
}

class IssueFinder {
  readonly found: FoundIssues = { issues: [], count: 0 };
  readonly #stack: Task[];
  /** Issues to describe at most; past them, invalid parts are only counted. */
  readonly #keep: number;

  constructor(schema: z.ZodType, value: unknown, prefix: string, keep: number) {
    this.#stack = [{ kind: 'check', schema, value, path: prefix }];
    this.#keep = keep;
  }

  /** Works until done (true) or until `until` (a `performance.now()` time) has passed (false). */
  step(until: number): boolean {
    const stack = this.#stack;
    for (let steps = 1; stack.length > 0; steps++) {
      // Nothing left to describe: one invalid part is enough to count this value.
      if (this.#keep === 0 && this.found.count > 0) return true;
      if (steps % STEPS_PER_CHECK === 0 && performance.now() > until) return false;
      const task = stack[stack.length - 1]!;
      switch (task.kind) {
        case 'items':
          if (task.next >= task.list.length) stack.pop();
          else this.#check(task.element, task.list[task.next], join(task.path, String(task.next++)));
          break;
        case 'fields':
          if (task.next >= task.fields.length) stack.pop();
          else {
            const [key, schema] = task.fields[task.next++]!;
            this.#check(schema, (task.object as Record<string, unknown>)[key], join(task.path, key));
          }
          break;
        case 'settle':
          stack.pop();
          if (this.found.count === task.countBefore) this.#askZod(task.schema, task.value, task.path);
          break;
        case 'check':
          stack.pop();
          this.#check(task.schema, task.value, task.path);
      }
    }
    return true;
  }

  /**
   * Checks one value: nothing when the fast parser accepts it, else its parts, else zod's word on it.
   * A node with checks of its own (a refinement on a list) is not given to the fast parser, which would
   * hand it whole to zod: its parts are checked first, and zod asked about the node only if they hold.
   */
  #check(schema: z.ZodType, value: unknown, path: string): void {
    const checked = !unchecked(internals(schema));
    if (!checked && fastParse(schema, value) !== REJECTED) return;
    const parts = this.#parts(schema, value, path);
    if (!parts) {
      this.#askZod(schema, value, path);
      return;
    }
    this.#stack.push({ kind: 'settle', schema, value, path, countBefore: this.found.count }, parts);
  }

  /** The task checking the parts of `value` one by one, when the schema lets them be checked apart. */
  #parts(schema: z.ZodType, value: unknown, path: string): Task | undefined {
    const zod = internals(schema);
    const def = zod.def;
    switch (def.type) {
      case 'array':
        return Array.isArray(value) && def.element
          ? { kind: 'items', element: def.element, list: value, next: 0, path }
          : undefined;
      case 'object': {
        if (!isPlainObject(value)) return undefined;
        const fields = Object.entries(def.shape ?? {});
        const extra = def.catchall && !['unknown', 'any'].includes(internals(def.catchall).def.type);
        if (extra)
          for (const key of Object.keys(value))
            if (!Object.hasOwn(def.shape ?? {}, key)) fields.push([key, def.catchall!]);
        return { kind: 'fields', fields, object: value, next: 0, path };
      }
      case 'lazy':
        return def.getter ? { kind: 'check', schema: def.getter(), value, path } : undefined;
      case 'pipe':
        return def.in ? { kind: 'check', schema: def.in, value, path } : undefined;
      case 'union': {
        const option = optionFor(def.options ?? [], def.discriminator, value);
        return option ? { kind: 'check', schema: option, value, path } : undefined;
      }
      default:
        // optional, nullable, default, readonly...: what they wrap, unless the value is what they add.
        return def.innerType && value !== undefined && value !== null
          ? { kind: 'check', schema: def.innerType, value, path }
          : undefined;
    }
  }

  /** Zod's issues for a part that cannot be split further, while fewer than `keep` are kept; else one more counted. */
  #askZod(schema: z.ZodType, value: unknown, path: string): void {
    const found = this.found;
    if (found.issues.length >= this.#keep) {
      found.count++;
      return;
    }
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      found.count++;
      if (found.issues.length < this.#keep)
        found.issues.push({ path: join(path, ...issue.path.map(String)), message: issue.message, code: issue.code });
    }
  }
}

/** The one option of a union `value` can be checked against: by discriminator, else the only one of its kind. */
function optionFor(
  options: readonly z.ZodType[],
  discriminator: string | undefined,
  value: unknown,
): z.ZodType | undefined {
  let candidates = options.filter((option) => kindOf(option) === kindOfValue(value));
  if (discriminator && isPlainObject(value) && candidates.length > 1) {
    const tag = (value as Record<string, unknown>)[discriminator];
    candidates = candidates.filter((option) => {
      const field = internals(option).def.shape?.[discriminator];
      return field !== undefined && fastParse(field, tag) !== REJECTED;
    });
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** `list`, `object` or `other`: what a schema takes, through wrappers, lazy schemas and pipes. */
function kindOf(schema: z.ZodType): string {
  for (let current: z.ZodType | undefined = schema, depth = 0; current && depth < 16; depth++) {
    const def: Def = internals(current).def;
    if (def.type === 'array') return 'list';
    if (def.type === 'object' || def.type === 'record') return 'object';
    current = def.type === 'lazy' ? def.getter?.() : def.type === 'pipe' ? def.in : def.innerType;
  }
  return 'other';
}

function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  return isPlainObject(value) ? 'object' : 'other';
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A dotted path, empty parts left out. */
function join(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('.');
}
