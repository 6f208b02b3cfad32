/**
 * `@hr/feishu-corehr/ws`: receive Feishu events over the long connection (a WebSocket the app
 * opens to Feishu: no public URL, no certificate, no decryption, no signature). Custom apps only;
 * store apps receive events over HTTP with `@hr/feishu-corehr/events`.
 */
export { FeishuLongConnection, connectFeishuEvents } from './ws/connection.js';
export type { FeishuConnectionState, FeishuConnectionStateChange, FeishuLongConnectionOptions } from './ws/options.js';
export type { FeishuEventContext, FeishuEventHandler, FeishuEventStats } from './ws/dispatch.js';
export type { SeenStore } from '@hr/core/webhooks';
export { FeishuLongConnectionError, type FeishuLongConnectionFailure } from './ws/errors.js';
export type { ClientConfig } from './ws/protocol.js';
export type { FeishuEvent, FeishuKnownEvent, FeishuUnknownEvent } from './events/typing.js';
