import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { RawBody } from './raw-body.js';

/** Hex HMAC-SHA256 of `data` keyed with `key`. */
export function hmacSha256Hex(data: RawBody, key: string | Uint8Array): string {
  return createHmac('sha256', key).update(data).digest('hex');
}

/** Hex SHA-256 of the concatenation of `parts` (strings as UTF-8, bytes as they are). */
export function sha256Hex(...parts: RawBody[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * Compares a received hex digest with the expected one in constant time (case-insensitive). False
 * for anything that is not hex of the expected length, without comparing.
 */
export function hexDigestsEqual(received: string | undefined | null, expected: string): boolean {
  if (typeof received !== 'string' || received.length !== expected.length || !/^[0-9a-f]*$/i.test(received))
    return false;
  return timingSafeEqual(Buffer.from(received.toLowerCase(), 'hex'), Buffer.from(expected.toLowerCase(), 'hex'));
}
