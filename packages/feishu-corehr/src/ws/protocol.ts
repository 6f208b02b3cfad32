/**
 * The facts of Feishu's long-connection ("长连接") protocol, and where each comes from. Feishu
 * documents the mode, not the wire protocol; the wire protocol is read from the two official SDKs:
 *
 * - [Node] larksuite/node-sdk `ws-client/` (`index.ts`, `enum.ts`, `ws-config.ts`, `data-cache.ts`,
 *   `proto-buf/pbbp2.js`), the client `@larksuiteoapi/node-sdk` 1.74.0 ships.
 * - [Go] larksuite/oapi-sdk-go `ws/` (`client.go`, `const.go`, `model.go`, `pbbp2.pb.go`).
 * - [Docs] "使用长连接接收事件" (Receive events through the long connection),
 *   https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/request-url-configuration-case
 *
 * Where the two SDKs differ, this package accepts both shapes (see each constant).
 */

/** `POST {domain}/callback/ws/endpoint` with `{ AppID, AppSecret }` returns the socket URL and the client config. [Node][Go] */
export const ENDPOINT_PATH = '/callback/ws/endpoint';

/** `Frame.method`: 0 a control frame (ping, pong), 1 a data frame (event, card). [Node `FrameType`][Go `FrameType`] */
export const FRAME_METHOD = { control: 0, data: 1 } as const;

/** Frame header keys. [Node `HeaderKey`][Go `const.go`] */
export const HEADER = {
  /** `event`, `card`, `ping` or `pong`. */
  type: 'type',
  /** The message's ID; every part of a split message carries the same one. */
  messageId: 'message_id',
  /** How many parts the message was split into (1 when not split). [Go comment] */
  sum: 'sum',
  /** This part's index, from 0 (0 when not split). [Go comment] */
  seq: 'seq',
  /** The trace ID, for Feishu support. */
  traceId: 'trace_id',
  /** Added to the acknowledgement: how long the handler took, in ms. */
  bizRt: 'biz_rt',
} as const;

/** `type` header values. [Node `MessageType`][Go `MessageType`] */
export const MESSAGE_TYPE = { event: 'event', card: 'card', ping: 'ping', pong: 'pong' } as const;

/**
 * The acknowledgement's `code`: 200 when the handler succeeded, 500 when it threw. Feishu re-pushes
 * a message not handled "within 3 seconds and without throwing" [Docs]. [Node `HttpStatusCode`][Go `NewResponseByCode`]
 */
export const ACK_CODE = { ok: 200, failed: 500 } as const;

/** Codes of the endpoint answer and of a refused handshake. [Node `ErrorCode`][Go `const.go`] */
export const SERVER_CODE = {
  ok: 0,
  /** "system busy": retried ([Go] retries it; [Node] gives up: retrying is the safe reading). */
  systemBusy: 1,
  /** The app is banned: final. [Go] */
  forbidden: 403,
  /** The handshake's authentication failed; final only with `exceedConnectionLimit` as its auth code. [Go] */
  authFailed: 514,
  /** Retried. [Node][Go] */
  internalError: 1000040343,
  /** More connections than allowed (Feishu: at most 50 per app [Docs]): final. [Go] */
  exceedConnectionLimit: 1000040350,
} as const;

/** Headers of a refused WebSocket handshake. [Go `parseErr`] */
export const HANDSHAKE_HEADER = {
  status: 'handshake-status',
  message: 'handshake-msg',
  authErrorCode: 'handshake-autherrcode',
} as const;

/**
 * The client config before the server sends one, in seconds (`ReconnectCount` -1: forever).
 * [Node `ws-config.ts`][Go `NewClient`]: ping every 120 s, reconnect forever, 120 s apart, the first
 * attempt after a random 0–30 s.
 */
export const DEFAULT_CLIENT_CONFIG = {
  PingInterval: 120,
  ReconnectCount: -1,
  ReconnectInterval: 120,
  ReconnectNonce: 30,
} as const;

/** The server's `ClientConfig` (endpoint answer, and every pong's payload), in seconds. [Node][Go `ClientConfig`] */
export interface ClientConfig {
  /** Seconds between pings. */
  PingInterval: number;
  /** Reconnect attempts before giving up; negative: forever. */
  ReconnectCount: number;
  /** Seconds between reconnect attempts. */
  ReconnectInterval: number;
  /** Upper bound, in seconds, of the random wait before the first attempt (spreads clients out). */
  ReconnectNonce: number;
}
