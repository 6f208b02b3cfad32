import { InputValidationError, type Logger, type LogLevel, type ValidationIssue } from '@hr/core';
import type { ReplayOptions } from '@hr/core/webhooks';
import { closestName } from '@hr/core/internal';
import { FEISHU_BASE_URL, type FeishuDomain, LARK_BASE_URL } from '../client.js';
import type { FeishuEventHandler } from './dispatch.js';

/** The states of a long connection. */
export type FeishuConnectionState =
  /** Built, `start()` not called yet. */
  | 'idle'
  /** `start()` is opening the first connection. */
  | 'connecting'
  /** Connected: events flow. */
  | 'connected'
  /** The connection dropped: waiting per the server's reconnect policy, or reconnecting. */
  | 'reconnecting'
  /** `close()` (or the abort signal) is settling the handlers in flight. */
  | 'closing'
  /** Closed for good. */
  | 'closed'
  /** Gave up: a final refusal, or every reconnect attempt the server allows failed (see `error`). */
  | 'failed';

/** One state change, as `onStateChange` receives it. */
export interface FeishuConnectionStateChange {
  /** The new state. */
  state: FeishuConnectionState;
  /** The state before. */
  previous: FeishuConnectionState;
  /** Why, for `reconnecting` (a failed attempt) and `failed`. No credential appears in it. */
  error?: Error | undefined;
}

/**
 * Options of `FeishuLongConnection`. `seenStore` and `seenTtlMs` are the HTTP receiver's: each
 * event's id is claimed there before the handler runs (a re-delivery of a handled event is
 * acknowledged without calling it) and released when the handler fails.
 */
export interface FeishuLongConnectionOptions extends ReplayOptions {
  /** The custom app's App ID (Developer console › Credentials & Basic Info). Feishu offers the long connection to custom apps only. */
  appId: string;
  /** The custom app's App Secret: sent only in the endpoint request, redacted everywhere else. */
  appSecret: string;
  /** `feishu` (default, `https://open.feishu.cn`) or `lark` (`https://open.larksuite.com`); `baseUrl` wins over it. */
  domain?: FeishuDomain | undefined;
  /** The open platform's origin, e.g. a proxy or the sandbox's `baseUrl`; the endpoint request goes to `{baseUrl}/callback/ws/endpoint`. */
  baseUrl?: string | undefined;
  /** Called for every event; its outcome is the event's acknowledgement (see `FeishuEventHandler`). */
  handler: FeishuEventHandler;
  /** Ms a handler may run before its event is acknowledged as failed and its `signal` aborted (default 3000: Feishu re-pushes an event not handled within 3 seconds). */
  handlerTimeout?: number | undefined;
  /** Closes the connection when aborted (as `close()` does). */
  signal?: AbortSignal | undefined;
  /** Called on every state change (a throwing hook is logged, not propagated). */
  onStateChange?: ((change: FeishuConnectionStateChange) => void) | undefined;
  /** Most events handled at once; beyond it the client stops reading the socket until one finishes (default 100). */
  maxInFlight?: number | undefined;
  /** Ms a split event may wait for its missing parts before it is dropped, unacknowledged (default 10000, as the official Node SDK). */
  partialEventTimeout?: number | undefined;
  /** Most bytes held in incomplete split events, and the largest event (default 16 MiB). */
  maxEventBytes?: number | undefined;
  /** Ms to wait for any frame after a ping before the connection is taken as dead and reopened (default 30000; 0 turns it off). */
  pongTimeout?: number | undefined;
  /** Where log lines go (redacted; default none). `console` fits. */
  logger?: Logger | undefined;
  /** How much is logged (default `info`). */
  logLevel?: LogLevel | undefined;
}

/** The options with their defaults applied. */
export interface ResolvedOptions extends FeishuLongConnectionOptions {
  baseUrl: string;
  handlerTimeout: number;
  maxInFlight: number;
  partialEventTimeout: number;
  maxEventBytes: number;
  pongTimeout: number;
}

const KNOWN = [
  'appId',
  'appSecret',
  'domain',
  'baseUrl',
  'handler',
  'handlerTimeout',
  'seenStore',
  'seenTtlMs',
  'signal',
  'onStateChange',
  'maxInFlight',
  'partialEventTimeout',
  'maxEventBytes',
  'pongTimeout',
  'logger',
  'logLevel',
];
const MAX_TIMER_MS = 2 ** 31 - 1;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'off'];

/** Checks the options before anything is sent; throws one `InputValidationError` naming every problem. */
export function resolveOptions(options: FeishuLongConnectionOptions): ResolvedOptions {
  const issues: ValidationIssue[] = [];
  const refuse = (name: string, message: string, code = 'invalid_option') =>
    issues.push({ path: `options.${name}`, message, code });
  if (typeof options !== 'object' || options === null)
    throw new InputValidationError([{ path: 'options', message: 'must be an object', code: 'invalid_type' }]);
  const given = options as unknown as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (KNOWN.includes(name) || given[name] === undefined) continue;
    const meant = closestName(name, KNOWN, Math.max(2, Math.floor(name.length / 4)));
    refuse(
      name,
      `is not an option of FeishuLongConnection${meant ? ` (did you mean \`${meant}\`?)` : ''}`,
      'unknown_option',
    );
  }
  if (typeof options.appId !== 'string' || options.appId === '')
    refuse('appId', "is required (the custom app's App ID)");
  if (typeof options.appSecret !== 'string' || options.appSecret === '')
    refuse('appSecret', "is required (the custom app's App Secret)");
  if (typeof options.handler !== 'function') refuse('handler', 'must be a function receiving each event');
  if (options.domain !== undefined && options.domain !== 'feishu' && options.domain !== 'lark')
    refuse('domain', "must be 'feishu' or 'lark'");
  if (options.baseUrl !== undefined) {
    let ok = false;
    try {
      const url = new URL(options.baseUrl);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
    } catch {
      ok = false;
    }
    if (!ok) refuse('baseUrl', 'must be an absolute http:// or https:// URL without credentials in it');
  }
  const integer = (name: keyof FeishuLongConnectionOptions, min: number, max: number) => {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max))
      refuse(name, `must be an integer from ${min} to ${max}`);
  };
  integer('handlerTimeout', 1, MAX_TIMER_MS);
  integer('maxInFlight', 1, 100_000);
  integer('partialEventTimeout', 1, MAX_TIMER_MS);
  integer('maxEventBytes', 1024, 1024 * 1024 * 1024);
  integer('pongTimeout', 0, MAX_TIMER_MS);
  if (options.logLevel !== undefined && !LOG_LEVELS.includes(options.logLevel))
    refuse('logLevel', `must be one of ${LOG_LEVELS.join(', ')}`);
  const store = options.seenStore as { claim?: unknown; release?: unknown } | false | undefined;
  if (
    store !== undefined &&
    store !== false &&
    (typeof store?.claim !== 'function' || typeof store.release !== 'function')
  )
    refuse('seenStore', 'must be a SeenStore (claim(key, ttlMs) and release(key)), or false');
  if (options.seenTtlMs !== undefined && !(Number.isFinite(options.seenTtlMs) && options.seenTtlMs > 0))
    refuse('seenTtlMs', 'must be a positive number of milliseconds');
  if (options.onStateChange !== undefined && typeof options.onStateChange !== 'function')
    refuse('onStateChange', 'must be a function');
  if (issues.length > 0) throw new InputValidationError(issues);
  return {
    ...options,
    baseUrl: options.baseUrl ?? (options.domain === 'lark' ? LARK_BASE_URL : FEISHU_BASE_URL),
    handlerTimeout: options.handlerTimeout ?? 3_000,
    maxInFlight: options.maxInFlight ?? 100,
    partialEventTimeout: options.partialEventTimeout ?? 10_000,
    maxEventBytes: options.maxEventBytes ?? 16 * 1024 * 1024,
    pongTimeout: options.pongTimeout ?? 30_000,
  };
}
