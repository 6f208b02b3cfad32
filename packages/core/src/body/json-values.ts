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

interface Frame {
  value: unknown;
  path: string;
  depth: number;
  /** Set on the frame that closes an object: it leaves the chain of objects being visited. */
  leave?: object;
}

/**
 * The values in `value` that `JSON.stringify` cannot write as given (a BigInt, a cycle, a function, a
 * symbol, NaN or Infinity, an invalid Date, a Map or Set, a `toJSON()` that throws, nesting deeper
 * than 1000 levels), each with its dotted path under `prefix`; at most 100. Walks as JSON.stringify
 * does (`toJSON()` first, undefined left out), without recursion, so any depth is safe. `isLeaf`
 * marks values written some other way (files in a multipart body).
 */
export function jsonValueIssues(
  value: unknown,
  prefix: string,
  isLeaf: (value: unknown) => boolean = () => false,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const refuse = (path: string, message: string, code = 'unsendable_value') => issues.push({ path, message, code });
  const visiting = new Set<object>();
  const stack: Frame[] = [{ value, path: prefix, depth: 0 }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const frame = stack.pop()!;
    if (frame.leave) {
      visiting.delete(frame.leave);
      continue;
    }
    let current = frame.value;
    const { path, depth } = frame;
    if (current === null || current === undefined || isLeaf(current)) continue;
    const toJSON = typeof current === 'object' ? (current as { toJSON?: unknown }).toJSON : undefined;
    if (typeof toJSON === 'function' && !(current instanceof Date)) {
      try {
        current = toJSON.call(current, path.slice(path.lastIndexOf('.') + 1));
      } catch {
        // Its message may name anything (a local path, a secret): not repeated here.
        refuse(path, 'cannot be written as JSON: its toJSON() threw');
        continue;
      }
    }
    const problem = unsendable(current);
    if (problem) {
      refuse(path, problem);
      continue;
    }
    if (typeof current !== 'object' || current === null || current instanceof Date) continue;
    if (visiting.has(current)) {
      refuse(path, 'refers back to an object that contains it (a cycle), which JSON cannot carry');
      continue;
    }
    if (depth >= MAX_DEPTH) {
      refuse(path, `nests deeper than ${MAX_DEPTH} levels`, 'too_deep');
      continue;
    }
    visiting.add(current);
    stack.push({ value: undefined, path, depth, leave: current });
    const children: Frame[] = [];
    try {
      const entries = Array.isArray(current) ? current.entries() : Object.entries(current);
      for (const [key, child] of entries) children.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    } catch {
      refuse(path, 'cannot be written as JSON: reading one of its fields threw');
      continue;
    }
    // Reversed, so the first field is visited (and reported) first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return issues;
}
