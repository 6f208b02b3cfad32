import type { SdkField, SdkOperation, SdkType } from './sdk-types.js';
import { gitShow } from './git-files.js';

/**
 * Reads pre-hire operations of the official Go SDK (larksuite/oapi-sdk-go) from a local copy of
 * its repository (`service/corehr/<version>/model.go`): the request builder's path and query
 * setters, the body struct named by `<Name>Req`, and `<Name>RespData`, following the structs they
 * name. Each field carries the SDK's trailing comment as its description. Go declares no
 * required-ness (every field is a pointer with `omitempty`).
 */
export class GoSdk {
  readonly #sources = new Map<string, string>();
  readonly #structs = new Map<string, Map<string, GoStructField[]>>();

  constructor(
    readonly gitDir: string,
    readonly commit: string,
  ) {}

  static file(version: 'v1' | 'v2'): string {
    return `service/corehr/${version}/model.go`;
  }

  operation(version: 'v1' | 'v2', name: string): Omit<SdkOperation, 'method' | 'path'> | undefined {
    const source = this.#source(version);
    const req = this.#structsOf(version).get(`${name}Req`);
    if (!req) return undefined;
    const bodyField = req.find((f) => f.tag === 'body');
    const response = this.#structsOf(version).get(`${name}RespData`);
    return {
      pathParams: setters(source, name, 'PathParams'),
      query: setters(source, name, 'QueryParams'),
      ...(bodyField ? { body: this.#fields(version, bodyField.goType.replace(/^\*/, ''), new Set()) } : {}),
      ...(response ? { response: response.map((f) => this.#field(version, f, new Set())) } : {}),
      where: `${GoSdk.file(version)} ${name}Req`,
    };
  }

  #source(version: 'v1' | 'v2'): string {
    if (!this.#sources.has(version)) this.#sources.set(version, gitShow(this.gitDir, this.commit, GoSdk.file(version)));
    return this.#sources.get(version)!;
  }

  #structsOf(version: 'v1' | 'v2'): Map<string, GoStructField[]> {
    if (!this.#structs.has(version)) this.#structs.set(version, parseStructs(this.#source(version)));
    return this.#structs.get(version)!;
  }

  #fields(version: 'v1' | 'v2', struct: string, seen: Set<string>): SdkField[] {
    const fields = this.#structsOf(version).get(struct);
    if (!fields) throw new Error(`go: no struct ${struct}`);
    return fields.filter((f) => f.json).map((f) => this.#field(version, f, new Set([...seen, struct])));
  }

  #field(version: 'v1' | 'v2', field: GoStructField, seen: Set<string>): SdkField {
    return {
      name: field.json!,
      required: false,
      type: this.#type(version, field.goType, seen),
      ...(field.description ? { description: field.description } : {}),
    };
  }

  #type(version: 'v1' | 'v2', goType: string, seen: Set<string>): SdkType {
    const type = goType.replace(/^\*/, '');
    if (type.startsWith('[]')) return { kind: 'array', of: this.#type(version, type.slice(2), seen) };
    switch (type) {
      case 'string':
        return { kind: 'string' };
      case 'int':
      case 'int64':
      case 'int32':
        return { kind: 'number', int: true };
      case 'float64':
      case 'float32':
        return { kind: 'number' };
      case 'bool':
        return { kind: 'boolean' };
      case 'interface{}':
        return { kind: 'unknown' };
    }
    if (seen.has(type)) return { kind: 'object', fields: [], className: type };
    return { kind: 'object', fields: this.#fields(version, type, seen), className: type };
  }
}

interface GoStructField {
  goName: string;
  goType: string;
  json?: string;
  tag?: 'body';
  description?: string;
}

function parseStructs(source: string): Map<string, GoStructField[]> {
  const structs = new Map<string, GoStructField[]>();
  for (const match of source.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
    const fields: GoStructField[] = [];
    for (const line of match[2]!.split('\n')) {
      const field = /^\s*(\w+)\s+([\w*[\]{}.]+)\s*(`[^`]*`)?\s*(?:\/\/\s*(.*))?$/.exec(line);
      if (!field) continue;
      const [, goName, goType, tags, description] = field;
      const json = /json:"([^",]+)/.exec(tags ?? '')?.[1];
      fields.push({
        goName: goName!,
        goType: goType!,
        ...(json && json !== '-' ? { json } : {}),
        ...(tags?.includes('body:') ? { tag: 'body' as const } : {}),
        ...(description ? { description: description.trim() } : {}),
      });
    }
    structs.set(match[1]!, fields);
  }
  return structs;
}

/** The path or query parameters the `<name>ReqBuilder` sets, with their comments. */
function setters(source: string, name: string, kind: 'PathParams' | 'QueryParams'): SdkField[] {
  const fields: SdkField[] = [];
  const pattern = new RegExp(
    `((?:^//.*\\n)*)func \\(builder \\*${name}ReqBuilder\\) \\w+\\((\\w+) ([\\w\\[\\]]+)\\) \\*${name}ReqBuilder \\{\\n(?:[^\\n]*\\n)?[^\\n]*?apiReq\\.${kind}\\.(?:Set|Add)\\("([^"]+)"`,
    'gm',
  );
  for (const match of source.matchAll(pattern)) {
    const [, comments, , goType, param] = match;
    const lines = comments!
      .split('\n')
      .map((l) => l.replace(/^\/\/\s?/, '').trim())
      .filter(Boolean);
    const description = lines.filter((l) => !l.startsWith('示例值')).join('\n');
    const example = lines.find((l) => l.startsWith('示例值'))?.replace(/^示例值：/, '');
    const scalar: SdkType =
      goType === 'int' ? { kind: 'number', int: true } : goType === 'bool' ? { kind: 'boolean' } : { kind: 'string' };
    fields.push({
      name: param!,
      required: false,
      type: goType!.startsWith('[]') ? { kind: 'array', of: { kind: 'string' } } : scalar,
      ...(description ? { description } : {}),
      ...(example ? { example } : {}),
    });
  }
  return fields;
}
