/**
 * The manifest: the field facts of every pre-hire operation the package exposes, as Feishu's
 * official definitions state them, each with the source it came from. The generator reads only
 * this file (scripts/manifest/pre-hires.json); scripts/extract/ rebuilds it from local copies of
 * the sources when they change.
 */
export interface Manifest {
  /** What this file is and how to rebuild it. */
  about: string;
  /** The sources read, with their exact versions. */
  sources: Record<SourceName, SourceInfo>;
  operations: ManifestOperation[];
  /** Every field where the sources disagree, and what the package follows. */
  disagreements: Disagreement[];
}

/** `node`: the official Node SDK; `java`, `go`: the official Java and Go SDKs; `page`: Feishu's API page. */
export type SourceName = 'node' | 'page' | 'java' | 'go';

interface SourceInfo {
  name: string;
  version: string;
  read: string;
}

export interface ManifestOperation {
  /** Our operation id (`preHires.create`). */
  id: string;
  method: string;
  path: string;
  /** Feishu's page of the operation. */
  page: string;
  /** Where each source declares it. */
  where: Partial<Record<SourceName, string>>;
  pathParams: ManifestField[];
  query: ManifestField[];
  body?: ManifestField[];
  response?: ManifestField[];
}

/** A field type: scalars, closed string enums (`enum`), arrays and objects. */
export type ManifestType =
  | { type: 'string'; enum?: string[] }
  | { type: 'number'; int?: true }
  | { type: 'boolean' }
  | { type: 'unknown' }
  | { type: 'array'; items: ManifestType }
  | { type: 'object'; fields: ManifestField[]; classes?: Partial<Record<SourceName, string>> }
  /** The same object as the one at `sameAs` (`<operation>:<path>`), written once. */
  | { type: 'object'; sameAs: string };

export type ManifestField = ManifestType & {
  name: string;
  /** Required in a request (the Node SDK's declaration; Feishu's page agrees unless a disagreement says otherwise). */
  required: boolean;
  /** The description in English (translated from `zh`), or a hint from the name when no source describes it. */
  doc: string;
  /** The source description, in Chinese, as `docFrom` gives it. */
  zh?: string;
  docFrom?: SourceName;
  example?: string;
  /** `date`: the description states the format `YYYY-MM-DD` (格式："YYYY-MM-DD"). */
  format?: 'date';
  /** The page's validation rules (数据校验规则): item counts for lists, a range for numbers. */
  limits?: { minLength?: number; maxLength?: number; min?: number; max?: number };
  /** The page's list of values (可选值). */
  values?: { value: string; doc: string; zh: string }[];
  /** Each source's type of this field; a source absent here does not declare the field. */
  in: Partial<Record<SourceName, string>>;
  /** Scalar types another source gives this field: a response accepts them too. */
  also?: string[];
};

export interface Disagreement {
  operation: string;
  /** `body.basic_info.name`, `response.items.person_info.age`... */
  path: string;
  kind: 'presence' | 'type' | 'required' | 'values';
  /** What each source says. */
  sources: Partial<Record<SourceName, string>>;
  /** What the package follows, and why. */
  chosen: string;
}
