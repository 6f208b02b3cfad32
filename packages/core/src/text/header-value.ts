// RFC 9110 field values: visible Latin-1 characters, spaces and tabs; no CR, LF or NUL.
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Whether `value` can be sent as an HTTP header value as it is: no CR, LF, NUL or other control
 * characters, nothing outside Latin-1 (undici refuses such a value as the request is written, which
 * reads as a connection failure).
 */
export function isSendableHeaderValue(value: string): boolean {
  return !INVALID_VALUE.test(value);
}
