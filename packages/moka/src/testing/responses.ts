import { HttpResponse } from 'msw';

/** Moka's failure body `{ success: false, errorMessage }` (HTTP 200 unless told otherwise). */
export function failure(errorMessage: string, status = 200): Response {
  return HttpResponse.json({ success: false, errorMessage }, { status });
}

/** Moka's `{ code, msg, success, errorMessage, data }` body (`POST /departments`). */
export function coded(code: number, message: string): Response {
  const success = code === 0;
  return HttpResponse.json({ code, msg: message, success, errorMessage: success ? '' : message, data: {} });
}

/** Parses a JSON request body; undefined when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
