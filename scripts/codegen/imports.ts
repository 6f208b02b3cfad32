/** Import lists of one generated file: value and type names per module. */
export class Imports {
  readonly #values = new Map<string, Set<string>>();
  readonly #types = new Map<string, Set<string>>();

  value(module: string, name: string): void {
    if (!this.#values.has(module)) this.#values.set(module, new Set());
    this.#values.get(module)!.add(name);
  }

  type(module: string, name: string): void {
    if (!this.#types.has(module)) this.#types.set(module, new Set());
    this.#types.get(module)!.add(name);
  }

  /** The import statements, packages first, then relative modules, names sorted. */
  render(): string {
    const modules = [...new Set([...this.#values.keys(), ...this.#types.keys()])].sort((a, b) => {
      const rank = (m: string) => (m.startsWith('.') ? 1 : 0);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
    return modules
      .map((module) => {
        const values = [...(this.#values.get(module) ?? [])].sort();
        const types = [...(this.#types.get(module) ?? [])].filter((t) => !values.includes(t)).sort();
        if (values.length === 0) return `import type { ${types.join(', ')} } from '${module}';`;
        const names = [...values, ...types.map((t) => `type ${t}`)];
        const line = `import { ${names.join(', ')} } from '${module}';`;
        return line.length <= 140 ? line : `import {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${module}';`;
      })
      .join('\n');
  }
}
