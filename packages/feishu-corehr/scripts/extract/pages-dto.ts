import type { SdkField, SdkType } from './sdk-types.js';

/**
 * Reads the field tables of Feishu's API pages as vicenteyu/FeishuNetSdk carries them: that SDK is
 * generated from the pages' JSON (`document_portal/v1/document/get_detail`), one C# record per
 * object, each property with the page's description, `必填` (required), `示例值` (example) and its
 * validation rules (`最大长度`, `最小长度`, `最大值`, `最小值`). Only reads the declarations.
 */
export interface PageField extends SdkField {
  limits?: PageLimits;
  /** The page's list of values (可选值), each with its description. */
  values?: { value: string; description: string }[];
}

/** The page's validation rules of one field (数据校验规则). */
interface PageLimits {
  maxLength?: number;
  minLength?: number;
  max?: number;
  min?: number;
}

interface RawProperty {
  name: string;
  csType: string;
  paras: string[];
}

interface RawRecord {
  name: string;
  parent?: RawRecord;
  records: Map<string, RawRecord>;
  properties: RawProperty[];
}

/** The fields of the file's top-level record (the request body or the response `data`). */
export function readPageDto(source: string): PageField[] {
  const root = parseRecords(source);
  return fieldsOf(root, new Set());
}

function parseRecords(source: string): RawRecord {
  const lines = source.split('\n');
  let root: RawRecord | undefined;
  const stack: RawRecord[] = [];
  let depth = 0;
  const recordDepth: number[] = [];
  let paras: string[] = [];
  let pending: string | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    const summary = /^\/\/\/ ?(.*)$/.exec(line);
    if (summary) {
      const text = summary[1]!;
      if (text === '<summary>') paras = [];
      const para = /<para>(.*?)(<\/para>)?$/.exec(text);
      if (para) paras.push(para[1]!);
      else if (text !== '<summary>' && text !== '</summary>' && paras.length > 0 && !text.startsWith('</list>'))
        paras[paras.length - 1] += ` ${text}`;
      continue;
    }
    const property = /^\[JsonPropertyName\("([^"]+)"\)\]$/.exec(line);
    if (property) {
      pending = property[1];
      continue;
    }
    const declaration = /^public\s+([A-Za-z0-9_.<>[\]?]+)\s+[A-Za-z0-9_]+\s*\{\s*get;/.exec(line);
    if (declaration && pending && stack.length > 0) {
      stack[stack.length - 1]!.properties.push({ name: pending, csType: declaration[1]!, paras });
      pending = undefined;
      paras = [];
      continue;
    }
    const record = /^public record ([A-Za-z0-9_]+)/.exec(line);
    if (record) {
      const parent = stack[stack.length - 1];
      const node: RawRecord = { name: record[1]!, parent, records: new Map(), properties: [] };
      if (parent) parent.records.set(node.name, node);
      else root ??= node;
      stack.push(node);
      recordDepth.push(depth + (line.includes('{') ? 0 : 0));
      paras = [];
    }
    for (const char of line) {
      if (char === '{') depth++;
      else if (char === '}') {
        depth--;
        if (recordDepth.length > 0 && depth === recordDepth[recordDepth.length - 1]) {
          recordDepth.pop();
          stack.pop();
        }
      }
    }
  }
  if (!root) throw new Error('pages: no record found');
  return root;
}

/** Finds the record `name` visible from `from` (its own nested records, then its ancestors'). */
function lookup(from: RawRecord, name: string): RawRecord | undefined {
  for (let scope: RawRecord | undefined = from; scope; scope = scope.parent) {
    const found = scope.records.get(name);
    if (found) return found;
    if (scope.name === name) return scope;
  }
  return undefined;
}

function fieldsOf(record: RawRecord, seen: Set<RawRecord>): PageField[] {
  return record.properties.map((property) => {
    const info = describe(property.paras);
    return {
      name: property.name,
      required: info.required,
      type: typeOf(property.csType, record, new Set([...seen, record])),
      ...(info.description ? { description: info.description } : {}),
      ...(info.example !== undefined ? { example: info.example } : {}),
      ...(Object.keys(info.limits).length > 0 ? { limits: info.limits } : {}),
      ...(info.values ? { values: info.values } : {}),
    };
  });
}

function typeOf(csType: string, scope: RawRecord, seen: Set<RawRecord>): SdkType {
  const type = csType.replace(/\?$/, '');
  if (type.endsWith('[]')) return { kind: 'array', of: typeOf(type.slice(0, -2), scope, seen) };
  switch (type) {
    case 'string':
      return { kind: 'string' };
    case 'int':
    case 'long':
      return { kind: 'number', int: true };
    case 'float':
    case 'double':
    case 'decimal':
      return { kind: 'number' };
    case 'bool':
      return { kind: 'boolean' };
    case 'object':
      return { kind: 'unknown' };
  }
  const record = lookup(scope, type.split('.').at(-1)!);
  if (!record) throw new Error(`pages: unknown C# type ${csType}`);
  if (seen.has(record)) return { kind: 'object', fields: [], className: record.name };
  return { kind: 'object', fields: fieldsOf(record, seen), className: record.name };
}

interface Described {
  description: string;
  required: boolean;
  example?: string;
  limits: PageLimits;
  values?: { value: string; description: string }[];
}

function describe(paras: string[]): Described {
  const text: string[] = [];
  let required = false;
  let example: string | undefined;
  let values: Described['values'];
  const limits: PageLimits = {};
  for (const para of paras) {
    const rule = /^(必填|示例值|最大长度|最小长度|最大值|最小值|可选值|ID转换)：(.*)$/.exec(para);
    if (!rule) {
      text.push(para);
      continue;
    }
    const [, key, value] = rule;
    if (key === '必填') required = value!.trim() === '是';
    else if (key === '示例值') example = value!.trim();
    else if (key === '最大长度') limits.maxLength = Number(value);
    else if (key === '最小长度') limits.minLength = Number(value);
    else if (key === '最大值') limits.max = Number(value);
    else if (key === '最小值') limits.min = Number(value);
    else if (key === '可选值')
      values = [...value!.matchAll(/<item>([^：<]+)：?([^<]*)<\/item>/g)].map((m) => ({
        value: m[1]!.trim(),
        description: m[2]!.trim(),
      }));
  }
  return {
    description: text.join('\n').trim(),
    required,
    ...(example !== undefined ? { example } : {}),
    limits,
    ...(values ? { values } : {}),
  };
}
