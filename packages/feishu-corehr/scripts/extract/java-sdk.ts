import type { SdkField, SdkOperation, SdkType } from './sdk-types.js';
import { gitShow } from './git-files.js';

/**
 * Reads pre-hire operations of the official Java SDK (larksuite/oapi-sdk-java) from a local copy
 * of its repository: each request class (`CreatePreHireReq`: `@Path`, `@Query` and `@Body` fields)
 * and response body class (`CreatePreHireRespBody`), following the model classes they name. Each
 * field carries the SDK's description and example (`示例值`). Java declares no required-ness.
 */
export class JavaSdk {
  readonly #classes = new Map<string, JavaClassField[] | null>();

  constructor(
    readonly gitDir: string,
    readonly commit: string,
  ) {}

  /** Where the model classes of `version` live. */
  static dir(version: 'v1' | 'v2'): string {
    return `larksuite-oapi/src/main/java/com/lark/oapi/service/corehr/${version}/model`;
  }

  /** The operation whose classes are `<name>Req` and `<name>RespBody` (e.g. `CreatePreHire`), if the SDK has it. */
  operation(version: 'v1' | 'v2', name: string): Omit<SdkOperation, 'method' | 'path'> | undefined {
    const req = this.#read(version, `${name}Req`);
    if (!req) return undefined;
    const body = req.find((f) => f.annotation === 'Body');
    const response = this.#read(version, `${name}RespBody`);
    return {
      pathParams: req.filter((f) => f.annotation === 'Path').map((f) => this.#field(version, f, new Set())),
      query: req.filter((f) => f.annotation === 'Query').map((f) => this.#field(version, f, new Set())),
      ...(body ? { body: this.#objectFields(version, body.javaType, new Set()) } : {}),
      ...(response ? { response: response.map((f) => this.#field(version, f, new Set())) } : {}),
      where: `${JavaSdk.dir(version)}/${name}Req.java`,
    };
  }

  #objectFields(version: 'v1' | 'v2', javaType: string, seen: Set<string>): SdkField[] {
    const fields = this.#read(version, javaType);
    if (!fields) throw new Error(`java: no class ${javaType}`);
    return fields.map((f) => this.#field(version, f, new Set([...seen, javaType])));
  }

  #field(version: 'v1' | 'v2', field: JavaClassField, seen: Set<string>): SdkField {
    return {
      name: field.name,
      required: false,
      type: this.#type(version, field.javaType, seen),
      ...(field.description ? { description: field.description } : {}),
      ...(field.example ? { example: field.example } : {}),
    };
  }

  #type(version: 'v1' | 'v2', javaType: string, seen: Set<string>): SdkType {
    if (javaType.endsWith('[]')) return { kind: 'array', of: this.#type(version, javaType.slice(0, -2), seen) };
    switch (javaType) {
      case 'String':
        return { kind: 'string' };
      case 'Integer':
      case 'Long':
      case 'int':
      case 'long':
        return { kind: 'number', int: true };
      case 'Double':
      case 'Float':
      case 'double':
        return { kind: 'number' };
      case 'Boolean':
      case 'boolean':
        return { kind: 'boolean' };
      case 'Object':
        return { kind: 'unknown' };
    }
    const name = javaType.split('.').at(-1)!;
    if (seen.has(name)) return { kind: 'object', fields: [], className: name };
    return { kind: 'object', fields: this.#objectFields(version, name, seen), className: name };
  }

  #read(version: 'v1' | 'v2', className: string): JavaClassField[] | undefined {
    const key = `${version}/${className}`;
    if (!this.#classes.has(key)) {
      let source: string | undefined;
      try {
        source = gitShow(this.gitDir, this.commit, `${JavaSdk.dir(version)}/${className}.java`);
      } catch {
        source = undefined;
      }
      this.#classes.set(key, source === undefined ? null : parseJavaFields(source));
    }
    return this.#classes.get(key) ?? undefined;
  }
}

interface JavaClassField {
  name: string;
  javaType: string;
  annotation?: 'Path' | 'Query' | 'Body';
  description?: string;
  example?: string;
}

/** The declared fields of a generated Java model class (before its builder). */
function parseJavaFields(source: string): JavaClassField[] {
  const head = source.split('// builder 开始')[0]!;
  const classBody = head.slice(head.indexOf('{') + 1);
  const fields: JavaClassField[] = [];
  const pattern = /(?:\/\*\*([\s\S]*?)\*\/\s*)?((?:@\w+(?:\("[^"]*"\))?\s*)+)private\s+([\w.[\]<>]+)\s+(\w+)\s*;/g;
  for (const match of classBody.matchAll(pattern)) {
    const [, doc, annotations, javaType, fieldName] = match;
    const serialized = /@SerializedName\("([^"]+)"\)/.exec(annotations!)?.[1];
    const annotation = /@(Path|Query|Body)\b/.exec(annotations!)?.[1] as JavaClassField['annotation'];
    const lines = (doc ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean);
    const exampleLine = lines.find((l) => l.startsWith('<p> 示例值：'));
    const description = lines.filter((l) => !l.startsWith('<p> 示例值')).join('\n');
    const example = exampleLine?.slice('<p> 示例值：'.length).trim();
    fields.push({
      name: serialized ?? fieldName!,
      javaType: javaType!,
      ...(annotation ? { annotation } : {}),
      ...(description ? { description } : {}),
      ...(example ? { example } : {}),
    });
  }
  return fields;
}
