import { HttpResponse } from 'msw';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** A NestJS error answer: `{ statusCode, message, error }` (`message` may be a list of rule failures). */
export function nestError(status: number, message: string | string[]): Response {
  return HttpResponse.json({ statusCode: status, message, error: REASONS[status] ?? 'Error' }, { status });
}

/** NestJS's answer to an unknown route: `404 { message: "Cannot GET /x", error, statusCode }`. */
export function nestRouteNotFound(method: string, path: string): Response {
  return nestError(404, `Cannot ${method} ${path}`);
}
