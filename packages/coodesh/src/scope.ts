import { InputValidationError, type PaginateOptions, type RequestOptions } from '@hr/core';
import { lazySchema } from '@hr/core/internal';
import { parseWithIssues } from '@hr/core/internal';
import { z } from 'zod';
import { COODESH_LANGUAGES, type CoodeshLanguage } from './constants.js';

/** Which workspace, subaccount and content locale a request is for. */
export interface CoodeshScope {
  /** Identifies the target workspace (`x-workspace-id`). */
  workspaceId?: string | undefined;
  /** Identifies the target subaccount (`x-subaccount-id`). */
  subaccountId?: string | undefined;
  /** Locale of the content in responses, `pt`, `en` or `es` (`x-language`). */
  language?: CoodeshLanguage | undefined;
}

/** Per-call options: the core's options plus a scope that overrides the client's for this call. */
export interface CoodeshRequestOptions extends RequestOptions, CoodeshScope {}

/** Per-call options of list operations (`prefetch`, `maxPages`) plus a scope override. */
export interface CoodeshPaginateOptions extends PaginateOptions, CoodeshScope {}

/** Per-call options of the operations whose reference shows no response: a schema of your own for the answer. */
export interface ResponseSchemaOptions<T> extends CoodeshRequestOptions {
  /**
   * A zod schema of the answer, which the reference does not document: the data is checked with it
   * like any documented response (a mismatch rejects a read with `ResponseValidationError`; a write
   * logs it and resolves with the data as received; `validateResponses` applies) and typed as its
   * output. Without it the call resolves with the answer as received, typed `unknown`.
   */
  responseSchema?: z.ZodType<T> | undefined;
}

const ScopeSchema = lazySchema(() =>
  z.object({
    workspaceId: z.string().min(1).optional(),
    subaccountId: z.string().min(1).optional(),
    language: z.enum(COODESH_LANGUAGES).optional(),
  }),
);

/** The `x-workspace-id` / `x-subaccount-id` / `x-language` headers of a scope; refuses a bad one. */
export function scopeHeaders(scope: CoodeshScope, operation?: string): Record<string, string> {
  // Most calls carry no scope of their own: nothing to check, no headers.
  if (scope.workspaceId === undefined && scope.subaccountId === undefined && scope.language === undefined) return {};
  const parsed = parseWithIssues(
    ScopeSchema(),
    { workspaceId: scope.workspaceId, subaccountId: scope.subaccountId, language: scope.language },
    'options',
  );
  if (!parsed.success) throw new InputValidationError(parsed.issues, operation);
  const { workspaceId, subaccountId, language } = parsed.data;
  return {
    ...(workspaceId !== undefined && { 'x-workspace-id': workspaceId }),
    ...(subaccountId !== undefined && { 'x-subaccount-id': subaccountId }),
    ...(language !== undefined && { 'x-language': language }),
  };
}

/** Turns per-call Coodesh options into the core's, the scope becoming headers for this call. */
export function toCoreOptions<O extends CoodeshRequestOptions>(
  options: O | undefined,
  operation: string,
): Omit<O, keyof CoodeshScope | 'responseSchema'> {
  const {
    workspaceId,
    subaccountId,
    language,
    responseSchema: _schema,
    ...rest
  } = (options ?? {}) as O & Partial<ResponseSchemaOptions<unknown>>;
  const headers = scopeHeaders({ workspaceId, subaccountId, language }, operation);
  return { ...rest, headers: { ...rest.headers, ...headers } };
}
