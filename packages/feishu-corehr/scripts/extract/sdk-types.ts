/** A field type as an official SDK declares it (the common shape every reader below produces). */
export type SdkType =
  | { kind: 'string' }
  | { kind: 'number'; int?: boolean }
  | { kind: 'boolean' }
  /** A closed set of string literals (`"decrease" | "increase"`). */
  | { kind: 'enum'; values: string[] }
  | { kind: 'array'; of: SdkType }
  | { kind: 'object'; fields: SdkField[]; className?: string }
  /** `{}` / `any` / `object`: no structure declared. */
  | { kind: 'unknown' };

/** One field of an SDK object. */
export interface SdkField {
  name: string;
  required: boolean;
  type: SdkType;
  /** The SDK's own description (Chinese), when it carries one. */
  description?: string;
  /** The SDK's example value, when it carries one. */
  example?: string;
}

/** One operation as an SDK declares it. */
export interface SdkOperation {
  method: string;
  /** `/open-apis/corehr/v2/pre_hires/:pre_hire_id` */
  path: string;
  pathParams: SdkField[];
  query: SdkField[];
  /** The JSON body, when the operation takes one. */
  body?: SdkField[];
  /** The envelope's `data`, when the SDK types one. */
  response?: SdkField[];
  /** Where in the SDK this operation is declared (e.g. `client.corehr.v2.preHire.create`). */
  where: string;
}
