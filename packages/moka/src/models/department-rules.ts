/** The department-list rules Moka documents for its organizational writes, as a pure check. */

/** The fields the rules look at. */
export interface DepartmentNode {
  /** Department name; unique among the departments of one parent. */
  name: string;
  /** Department id in the client's system; unique in the list. */
  department_code: string;
  /** `department_code` of the parent department; an empty string or null makes a first-level department. */
  parent_code: string | null;
}

/** Which documented rule a department list breaks. */
export type DepartmentRule = 'duplicate_code' | 'duplicate_name' | 'parent_not_found' | 'cycle';

/** One broken rule: the item, its field and the explanation. */
export interface DepartmentProblem {
  /** Index of the offending item in the list. */
  index: number;
  /** The field at fault. */
  field: 'department_code' | 'name' | 'parent_code';
  /** The rule broken. */
  rule: DepartmentRule;
  /** What is wrong, naming the item(s). */
  message: string;
}

/** Whether `parent_code` makes a first-level department (empty string or null). */
export function isTopLevel(parentCode: string | null | undefined): boolean {
  return parentCode === null || parentCode === undefined || parentCode === '';
}

/**
 * Checks a department list: no duplicated `department_code`, no two departments of the same name
 * under the same parent, no department its own direct or indirect parent (following parents that are
 * in the list) and, with `parentsInList` (full sync), every `parent_code` present in the list.
 */
export function departmentListProblems(
  departments: readonly DepartmentNode[],
  options: { parentsInList: boolean },
): DepartmentProblem[] {
  const problems: DepartmentProblem[] = [];
  const byCode = new Map<string, number>();
  const byParentAndName = new Map<string, number>();
  departments.forEach((d, index) => {
    const first = byCode.get(d.department_code);
    if (first !== undefined) {
      problems.push({
        index,
        field: 'department_code',
        rule: 'duplicate_code',
        message: `duplicates the department_code "${d.department_code}" of item ${first}`,
      });
    } else byCode.set(d.department_code, index);
    const key = `${d.parent_code ?? ''}\u0000${d.name}`;
    const twin = byParentAndName.get(key);
    if (twin !== undefined) {
      problems.push({
        index,
        field: 'name',
        rule: 'duplicate_name',
        message: `duplicates the name "${d.name}" of item ${twin} under the same parent`,
      });
    } else byParentAndName.set(key, index);
  });
  departments.forEach((d, index) => {
    if (options.parentsInList && !isTopLevel(d.parent_code) && !byCode.has(d.parent_code!)) {
      problems.push({
        index,
        field: 'parent_code',
        rule: 'parent_not_found',
        message: `"${d.parent_code}" is not a department_code of the list (a full sync needs every parent in the list, or "" / null for a first-level department)`,
      });
    }
  });
  for (const problem of cycleProblems(departments, byCode)) problems.push(problem);
  return problems;
}

/** Codes shown in a cycle's message before it is shortened. */
const CYCLE_CODES_SHOWN = 8;

/**
 * The departments that are their own direct or indirect parent, following parents in the list. Each
 * department has one parent, so every department is walked once: linear in the list's length, however
 * long the chains or cycles.
 */
function cycleProblems(
  departments: readonly DepartmentNode[],
  byCode: ReadonlyMap<string, number>,
): DepartmentProblem[] {
  const walkOf = new Int32Array(departments.length); // 0: not walked yet, > 0: the walk that reached it
  const problems: DepartmentProblem[] = [];
  let walk = 0;
  for (let index = 0; index < departments.length; index++) {
    if (walkOf[index] !== 0 || byCode.get(departments[index]!.department_code) !== index) continue;
    walk++;
    const path: number[] = [];
    let node: number | undefined = index;
    while (node !== undefined && walkOf[node] === 0) {
      walkOf[node] = walk;
      path.push(node);
      const parent: string | null = departments[node]!.parent_code;
      node = isTopLevel(parent) ? undefined : byCode.get(parent!);
    }
    // Back at a department of this walk: the path from there on is a cycle.
    if (node !== undefined && walkOf[node] === walk) {
      const cycle = path.slice(path.indexOf(node));
      cycle.forEach((member, at) => problems.push(cycleProblem(departments, cycle, member, at)));
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

function cycleProblem(
  departments: readonly DepartmentNode[],
  cycle: number[],
  member: number,
  at: number,
): DepartmentProblem {
  const codeAt = (offset: number) => departments[cycle[(at + offset) % cycle.length]!]!.department_code;
  const own = departments[member]!.department_code;
  const shown =
    cycle.length <= CYCLE_CODES_SHOWN
      ? cycle.map((_, offset) => codeAt(offset))
      : [
          ...Array.from({ length: CYCLE_CODES_SHOWN - 1 }, (_, offset) => codeAt(offset)),
          `… ${cycle.length} departments in all`,
        ];
  return {
    index: member,
    field: 'parent_code',
    rule: 'cycle',
    message: `makes the department its own ${cycle.length === 1 ? 'direct' : 'indirect'} parent (${[...shown, own].join(' → ')})`,
  };
}
