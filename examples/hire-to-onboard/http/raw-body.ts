import type { IncomingMessage } from 'node:http';

/** The most bytes read of one push: hires and events are small JSON documents. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The request body exactly as received (signatures are checked over these bytes); rejects beyond `limit`. */
export async function readRawBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A push larger than the limit (answered 413). */
export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}
