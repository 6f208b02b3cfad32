import { HRError } from '@hr/core';

/** Why the long connection could not be (re)established. */
export type FeishuLongConnectionFailure =
  /** The endpoint request (`POST /callback/ws/endpoint`) was refused with a final code (wrong App ID or secret, a store app...). */
  | 'endpoint_refused'
  /** The endpoint request failed in a way worth retrying (network, HTTP status, "system busy", an answer that is not the documented shape). */
  | 'endpoint_unavailable'
  /** The WebSocket handshake was refused for good: the app is banned (403) or has too many connections (1000040350). */
  | 'handshake_refused'
  /** The WebSocket could not be opened, or the handshake was refused in a way worth retrying. */
  | 'connection_failed'
  /** Every reconnect attempt the server's `ReconnectCount` allows failed. */
  | 'reconnect_exhausted';

/**
 * The long connection to Feishu failed. Its message holds Feishu's code and message (with the app
 * secret and the socket URL's ticket redacted), never a credential.
 */
export class FeishuLongConnectionError extends HRError {
  static override readonly brand: string = '@hr/feishu-corehr/FeishuLongConnectionError';
  /** What failed. */
  readonly reason: FeishuLongConnectionFailure;
  /** Feishu's code (endpoint `code`, or the handshake's `Handshake-Status`), when it sent one. */
  readonly code: number | undefined;
  /** Whether the client keeps trying after it (the reconnect policy decides how long). */
  readonly retryable: boolean;

  constructor(
    reason: FeishuLongConnectionFailure,
    message: string,
    options: { code?: number | undefined; retryable: boolean; cause?: unknown },
  ) {
    super(`Feishu long connection: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.code = options.code;
    this.retryable = options.retryable;
  }
}
