import type { ValidationIssue } from '../errors/client-errors.js';

/** Issues reported per value at most (the walk goes on only to count none: it stops there). */
const MAX_ISSUES = 100;
/** Deeper nesting than this is refused: JSON.stringify would overflow the stack somewhere beyond it. */
const MAX_DEPTH = 1000;

/** What JSON would do with a value it cannot carry, or undefined when it carries it as it is. */
function unsendable(value: unknown): string | undefined {
  switch (typeof value) {
    case 'bigint':
      return 'is a BigInt, which JSON cannot carry (send it as a string or a number)';
    case 'function':
      return 'is a function, which JSON cannot carry (it would be left out)';
    case 'symbol':
      return 'is a symbol, which JSON cannot carry (it would be left out)';
    case 'number':
      return Number.isFinite(value) ? undefined : `is ${String(value)}, which JSON writes as null`;
    case 'object':
      if (value instanceof Date && Number.isNaN(value.getTime()))
        return 'is an invalid Date, which JSON writes as null';
      if (value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet)
        return `is a ${value.constructor.name}, which JSON writes as {} (send a plain object or a list)`;
      return undefined;
    default:
      return undefined;
  }
}

/** An object or list being walked: its fields are visited one at a time (no frame per item up front). */
interface Container {
  value: object;
  path: string;
  depth: number;
  keys: readonly string[] | undefined;
  next: number;
  length: number;
}

/**
 * The values in `value` that `JSON.stringify` cannot write as given (a BigInt, a cycle, a function, a
 * symbol, NaN or Infinity, an invalid Date, a Map or Set, a `toJSON()` or getter that throws, nesting
 * deeper than 1000 levels), each with its dotted path under `prefix`; at most 100. Walks as
 * JSON.stringify does (`toJSON()` first, undefined left out), without recursion (any depth is safe)
 * and one field at a time (a list of a million items costs no frame per item). `isLeaf` marks values
 * written some other way (files in a multipart body).
 */
export function jsonValueIssues(
  value: unknown,
  prefix: string,
  isLeaf: (value: unknown) => boolean = () => false,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const refuse = (path: string, message: string, code = 'unsendable_value') => issues.push({ path, message, code });
  const open: Container[] = [];
  /** The chain of objects being walked: a value found in it is a cycle. */
  const visiting = new Set<object>();
  const visit = (raw: unknown, path: string, depth: number): void => {
    if (raw === null || raw === undefined || isLeaf(raw)) return;
    let current = raw;
    const toJSON = typeof current === 'object' ? (current as { toJSON?: unknown }).toJSON : undefined;
    if (typeof toJSON === 'function' && !(current instanceof Date)) {
      try {
        current = toJSON.call(current, path.slice(path.lastIndexOf('.') + 1));
      } catch {
        // Its message may name anything (a local path, a secret): not repeated here.
        refuse(path, 'cannot be written as JSON: its toJSON() threw');
        return;
      }
    }
    const problem = unsendable(current);
    if (problem) return void refuse(path, problem);
    if (typeof current !== 'object' || current === null || current instanceof Date) return;
    if (visiting.has(current))
      return void refuse(path, 'refers back to an object that contains it (a cycle), which JSON cannot carry');
    if (depth >= MAX_DEPTH) return void refuse(path, `nests deeper than ${MAX_DEPTH} levels`, 'too_deep');
    let keys: string[] | undefined;
    try {
      keys = Array.isArray(current) ? undefined : Object.keys(current);
    } catch {
      return void refuse(path, 'cannot be written as JSON: reading its fields threw');
    }
    visiting.add(current);
    const length = keys ? keys.length : (current as unknown[]).length;
    open.push({ value: current, path, depth, keys, next: 0, length });
  };
  visit(value, prefix, 0);
  while (open.length > 0 && issues.length < MAX_ISSUES) {
    const container = open[open.length - 1]!;
    if (container.next >= container.length) {
      open.pop();
      visiting.delete(container.value);
      continue;
    }
    const key = container.keys ? container.keys[container.next]! : String(container.next);
    container.next++;
    let child: unknown;
    try {
      child = (container.value as Record<string, unknown>)[key];
    } catch {
      refuse(`${container.path}.${key}`, 'cannot be written as JSON: reading it threw');
      continue;
    }
    // Primitives JSON carries need no path built.
    if (child === null || typeof child === 'string' || typeof child === 'boolean') continue;
    if (typeof child === 'number' && Number.isFinite(child)) continue;
    visit(child, `${container.path}.${key}`, container.depth + 1);
  }
  return issues;
}
