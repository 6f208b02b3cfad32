import type { HttpResponse } from '../transport/http.js';
import { joinUrl } from '../transport/path.js';
import { serializeQuery } from '../transport/query.js';
import type { ClientContext } from './context.js';
import type { PreparedRequest } from './prepare.js';

/** One call in flight: its request, where it goes, and what its attempts have done so far. */
export class CallState {
  /** The request, as prepared once. */
  readonly request: PreparedRequest;
  /** The full URL (with this page's query changes). */
  readonly url: string;
  /** 0 for the first attempt, then 1, 2... */
  attempt = 0;
  /** Whether the single invalid-token replay was used. */
  replayed = false;
  /** The last HTTP answer received, for `asResponse()` (kept only when `keepsResponse`). */
  lastResponse: HttpResponse | undefined;
  /** Whether someone may ask for the last answer (`asResponse()` on the call's promise). */
  readonly keepsResponse: boolean;

  constructor(
    client: ClientContext,
    request: PreparedRequest,
    queryPatch: Record<string, unknown>,
    keepsResponse: boolean,
  ) {
    this.request = request;
    this.keepsResponse = keepsResponse;
    const query = serializeQuery({ ...request.query, ...queryPatch }, request.operation.arrayFormat);
    this.url = joinUrl(client.baseUrl, request.path, query);
  }

  /** The operation's id, for logs and errors. */
  get operationId(): string {
    return this.request.operation.id;
  }
}
