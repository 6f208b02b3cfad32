import type { Dispatcher } from 'undici';
import type { ClientContext } from '../pipeline/context.js';
import type { SendFn } from '../transport/http.js';
import type { TransportMiddleware } from './options.js';

/** The client's send function: undici on its dispatcher, wrapped by the user's middleware (outermost first). */
export function withMiddleware(
  send: SendFn,
  dispatcher: Dispatcher,
  middleware: readonly TransportMiddleware[] = [],
): ClientContext['send'] {
  if (middleware.length === 0) return (request, settings) => send(request, { ...settings, dispatcher });
  return (request, settings) => {
    const exchange = (req: typeof request) => send(req, { ...settings, dispatcher });
    const wrapped = middleware.reduceRight<(req: typeof request) => ReturnType<SendFn>>(
      (next, layer) => (req) => layer(req, next),
      exchange,
    );
    return wrapped(request);
  };
}
