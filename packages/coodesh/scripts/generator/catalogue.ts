import { readFileSync } from 'node:fs';

/** A parameter row of the catalogue (path, query or header). */
export interface CatalogueParam {
  name: string;
  required: boolean;
  type: string;
  example?: string;
  default?: unknown;
  min?: number;
  max?: number;
  enum?: string[];
  itemsEnum?: string[];
  description?: string;
}

/** A body row of the catalogue; nested rows come from the tables or the request example. */
export interface CatalogueField {
  name: string | null;
  inferredName?: string;
  required?: boolean;
  type: string;
  description?: string;
  title?: string;
  enum?: (string | null)[];
  itemsEnum?: string[];
  default?: unknown;
  format?: string;
  min?: number;
  maxLength?: number;
  constraints?: string[];
  fields?: CatalogueField[];
}

/** One operation of `coodesh-operations.json`. */
export interface CatalogueOperation {
  n: number;
  group: string;
  summary: string;
  method: string | null;
  route: string | null;
  methodGuess: string | null;
  pathGuess: string | null;
  confidence: string;
  methodConfidence: string;
  pathParams: CatalogueParam[];
  queryParams: CatalogueParam[];
  headerParams: CatalogueParam[];
  body: { contentType: string; fields: CatalogueField[]; schema?: string; description?: string } | null;
  requestExample: unknown;
  responseExample: unknown;
  pagination: 'page' | 'offset' | null;
  notes: string[];
  routeStatus: 'confirmed' | 'prefix-supported' | 'corrected' | 'unconfirmed';
  duplicateOf?: number;
}

/** The catalogue, in catalogue order. */
export function loadCatalogue(): CatalogueOperation[] {
  const url = new URL('../catalogue/coodesh-operations.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CatalogueOperation[];
}

/** The name of a body row (recovered from the example when the table lost it). */
export function fieldName(field: CatalogueField): string {
  const name = field.name ?? field.inferredName;
  if (!name) throw new Error(`A body row has no name: ${JSON.stringify(field)}`);
  return name;
}
