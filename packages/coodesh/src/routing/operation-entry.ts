import type { ArrayFormat, Lazy, PaginationStyle } from '@hr/core/internal';
import type { z } from 'zod';
import type { CoodeshRoute } from './route.js';

/**
 * One operation of the Coodesh catalogue as the generated table (`src/generated/operations.ts`) declares
 * it: its route and everything else `defineOperation` needs but the method and path, which the router
 * takes from the route (or from a route you supply). Idempotency follows the method that is sent.
 */
export interface OperationEntry {
  /** Where the operation goes, and how well the reference supports that route. */
  readonly route: CoodeshRoute;
  /** Path parameters that are integers (the others are non-empty strings). */
  readonly numericParams?: readonly string[];
  /** Schema of the query parameters. */
  readonly query?: Lazy<z.ZodType>;
  /** Schema of the body (JSON, or the parts of a multipart body: see `bodyType`). */
  readonly body?: Lazy<z.ZodType>;
  /** Schema of the headers the operation requires (the method's `headers` argument). */
  readonly headers?: Lazy<z.ZodType>;
  /** Schema of the response data; absent where the reference shows no response. */
  readonly response?: Lazy<z.ZodType>;
  /** How the response pages, for list operations. */
  readonly paginate?: PaginationStyle;
  /** How arrays are written in the query (default: repeated keys). */
  readonly arrayFormat?: ArrayFormat;
  /** `false` for public routes: the API key is not sent. */
  readonly auth?: false;
  /**
   * `multipart` where the reference documents a multipart/form-data body (the uploads): each top-level
   * field is a part, the file (from `fileFrom()`) a file part. Other bodies are JSON.
   */
  readonly bodyType?: 'multipart';
}
