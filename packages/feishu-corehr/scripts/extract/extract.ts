/**
 * Rebuilds scripts/manifest/pre-hires.json from local copies of the sources (a maintainer tool; CI
 * and `pnpm generate` read only the manifest). It reads the sources' declarations and copies
 * nothing of their code:
 *
 *   --node  <dir>     an installed @larksuiteoapi/node-sdk (types/index.d.ts, lib/index.js)
 *   --java  <gitdir>  a clone of larksuite/oapi-sdk-java (read with `git show`)
 *   --go    <gitdir>  a clone of larksuite/oapi-sdk-go
 *   --pages <gitdir>  a clone of vicenteyu/FeishuNetSdk, generated from Feishu's API pages
 *   --missing <file>  writes the Chinese descriptions scripts/manifest/translations.json lacks
 *
 *   pnpm tsx scripts/extract/extract.ts --node ../../node_modules/@larksuiteoapi/node-sdk --java ... --go ... --pages ...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { combineFields, type Sources } from './combine.js';
import { dedupe, stringifyManifest } from './manifest-json.js';
import { gitCommit, gitShow } from './git-files.js';
import { GoSdk } from './go-sdk.js';
import { JavaSdk } from './java-sdk.js';
import type { Disagreement, Manifest, ManifestField, ManifestOperation, ManifestType } from './manifest-types.js';
import { readNodeSdk } from './node-sdk.js';
import { OPERATION_SOURCES } from './operations.js';
import { readPageDto } from './pages-dto.js';

const MANIFEST_DIR = new URL('../manifest/', import.meta.url);

const { values: args } = parseArgs({
  options: {
    node: { type: 'string' },
    java: { type: 'string' },
    go: { type: 'string' },
    pages: { type: 'string' },
    missing: { type: 'string' },
  },
});
for (const option of ['node', 'java', 'go', 'pages'] as const)
  if (!args[option]) throw new Error(`--${option} is required (see the comment at the top of this file)`);

const nodeVersion = (JSON.parse(readFileSync(`${args.node}/package.json`, 'utf8')) as { version: string }).version;
const commits = {
  java: gitCommit(args.java!, 'HEAD'),
  go: gitCommit(args.go!, 'HEAD'),
  pages: gitCommit(args.pages!, 'HEAD'),
};
const node = readNodeSdk(args.node!, ['v1', 'v2']);
const java = new JavaSdk(args.java!, commits.java);
const go = new GoSdk(args.go!, commits.go);
const translations = JSON.parse(readFileSync(new URL('translations.json', MANIFEST_DIR), 'utf8')) as Record<
  string,
  string
>;
const missing = new Set<string>();

const disagreements: Disagreement[] = [];
const operations: ManifestOperation[] = OPERATION_SOURCES.map((source) => {
  const fromNode = node.get(`${source.version}.${source.node}`);
  if (!fromNode) throw new Error(`node-sdk has no corehr.${source.version}.preHire.${source.node}`);
  const fromJava = source.java ? java.operation(source.version, source.java) : undefined;
  const fromGo = source.go ? go.operation(source.version, source.go) : undefined;
  const page = (file: string | undefined) =>
    file ? readPageDto(gitShow(args.pages!, commits.pages, file)) : undefined;
  const pageBody = page(source.pages?.body);
  const pageResponse = page(source.pages?.response);
  const part = (key: 'pathParams' | 'query' | 'body' | 'response', pageFields?: Sources['page']): Sources => ({
    node: fromNode[key],
    ...(pageFields ? { page: pageFields } : {}),
    ...(fromJava?.[key] ? { java: fromJava[key] } : {}),
    ...(fromGo?.[key] ? { go: fromGo[key] } : {}),
  });
  const combine = (
    key: 'pathParams' | 'query' | 'body' | 'response',
    role: 'request' | 'response',
    pageFields?: Sources['page'],
  ) =>
    translate(
      combineFields(source.id, key === 'response' ? 'response' : key, part(key, pageFields), role, disagreements),
    );
  const pageFiles = [source.pages?.body, source.pages?.response].filter(Boolean).join(', ');
  return {
    id: source.id,
    method: fromNode.method,
    path: fromNode.path,
    page: source.page,
    where: {
      node: fromNode.where,
      ...(fromJava ? { java: fromJava.where } : {}),
      ...(fromGo ? { go: fromGo.where } : {}),
      ...(pageFiles ? { page: pageFiles } : {}),
    },
    pathParams: combine('pathParams', 'request'),
    query: combine('query', 'request'),
    ...(fromNode.body || pageBody ? { body: combine('body', 'request', pageBody) } : {}),
    ...(fromNode.response || pageResponse ? { response: combine('response', 'response', pageResponse) } : {}),
  };
});

function translate(fields: ManifestField[]): ManifestField[] {
  for (const field of fields) {
    field.doc = field.zh ? english(field.zh) : hint(field.name);
    for (const value of field.values ?? []) value.doc = value.zh ? english(value.zh) : '';
    const inner = itemsOf(field);
    if (inner.type === 'object' && 'fields' in inner) translate(inner.fields);
  }
  return fields;
}

/** The element type of a (nested) array field, or the field itself. */
function itemsOf(field: ManifestField): ManifestType {
  let type: ManifestType = field;
  while (type.type === 'array') type = type.items;
  return type;
}

function english(zh: string): string {
  const en = translations[zh];
  if (en === undefined) missing.add(zh);
  return en ?? '';
}

/** The doc of a field no source describes: its name in words, and that it is undescribed. */
function hint(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return `${words[0]!.toUpperCase()}${words.slice(1)} (\`${name}\`; no source describes it beyond its name).`;
}

const manifest: Manifest = {
  about:
    'Field facts of the Feishu CoreHR pre-hire operations, read from the official Lark SDKs and Feishu’s API pages by scripts/extract (see its header); the input of `pnpm generate`. Descriptions are translated from Chinese (scripts/manifest/translations.json).',
  sources: {
    node: {
      name: '@larksuiteoapi/node-sdk',
      version: nodeVersion,
      read: 'types/index.d.ts (types), lib/index.js (routes)',
    },
    page: {
      name: 'vicenteyu/FeishuNetSdk',
      version: commits.pages,
      read: 'src/Corehr, src/FeishuPeople: generated from Feishu’s page JSON (document_portal/v1/document/get_detail): descriptions, 必填, 示例值, validation rules',
    },
    java: { name: 'larksuite/oapi-sdk-java', version: commits.java, read: JavaSdk.dir('v2') },
    go: { name: 'larksuite/oapi-sdk-go', version: commits.go, read: `${GoSdk.file('v1')}, ${GoSdk.file('v2')}` },
  },
  operations,
  disagreements,
};

dedupe(manifest);
writeFileSync(new URL('pre-hires.json', MANIFEST_DIR), stringifyManifest(manifest));
if (args.missing) writeFileSync(args.missing, `${JSON.stringify([...missing], null, 2)}\n`);
console.log(
  `${operations.length} operations, ${disagreements.length} disagreements, ${missing.size} descriptions without a translation`,
);
