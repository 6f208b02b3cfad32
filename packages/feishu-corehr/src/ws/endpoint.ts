import { defaultDispatcher, REDACTED, type Redactor, sendHttp } from '@hr/core/internal';
import { FeishuLongConnectionError } from './errors.js';
import { type ClientConfig, DEFAULT_CLIENT_CONFIG, ENDPOINT_PATH, SERVER_CODE } from './protocol.js';

/** Where and how to open the socket, from `POST /callback/ws/endpoint`. */
export interface SocketEndpoint {
  /** The `wss://` URL; its query carries the connection's ticket: never log it (see `redactSocketUrl`). */
  url: string;
  /** `service_id` of the URL: every frame the client sends carries it as `service`. [Node][Go] */
  serviceId: number;
  /** The server's client config (the defaults for any value it left out). */
  config: ClientConfig;
}

/** How long the endpoint request may take, as the official Node SDK allows it (`timeout: 15000`). */
const ENDPOINT_TIMEOUT_MS = 15_000;
/** The most of the endpoint answer read: it is a URL and four numbers. */
const MAX_ANSWER_BYTES = 64 * 1024;
/** Query parameters of the socket URL safe to show; every other one (`ticket`, `access_key`...) is redacted. */
const SHOWN_PARAMETERS = new Set(['device_id', 'service_id']);

/** The socket URL with every query value but `device_id` and `service_id` replaced: the ticket never reaches a log. */
export function redactSocketUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of new Set(parsed.searchParams.keys()))
      if (!SHOWN_PARAMETERS.has(key)) parsed.searchParams.set(key, REDACTED);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return REDACTED;
  }
}

/** The longest interval accepted from the server, in seconds (longer ones would overflow a timer). */
const MAX_INTERVAL_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * Reads a `ClientConfig` (endpoint answer or pong payload). A value that is missing or out of
 * bounds keeps `current`'s, so a partial config changes only what it names and a hostile one cannot
 * make the client ping or reconnect in a tight loop: `PingInterval` and `ReconnectInterval` from 1 s,
 * `ReconnectNonce` from 0 s, all three at most ~24.8 days; `ReconnectCount` any integer (negative: forever).
 */
export function readClientConfig(raw: unknown, current: ClientConfig = DEFAULT_CLIENT_CONFIG): ClientConfig {
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = (key: keyof ClientConfig, min: number) => {
    const value = given[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= MAX_INTERVAL_SECONDS
      ? value
      : current[key];
  };
  const count = given.ReconnectCount;
  return {
    PingInterval: pick('PingInterval', 1),
    ReconnectCount: typeof count === 'number' && Number.isFinite(count) ? Math.trunc(count) : current.ReconnectCount,
    ReconnectInterval: pick('ReconnectInterval', 1),
    ReconnectNonce: pick('ReconnectNonce', 0),
  };
}

/** The request's options. */
export interface EndpointRequest {
  baseUrl: string;
  appId: string;
  appSecret: string;
  redactor: Redactor;
  signal: AbortSignal;
}

/**
 * Asks Feishu where to connect: `POST {baseUrl}/callback/ws/endpoint` with `{ AppID, AppSecret }`
 * (header `locale: zh`, as both SDKs send) → `{ code, msg, data: { URL, ClientConfig } }`.
 * Code 0 is success; 1 ("system busy") and 1000040343 (internal error), an HTTP status other than
 * 200, a network failure or an answer of another shape are retryable; any other code is final
 * ([Go] `getConnURL`: those are its client errors). Throws `FeishuLongConnectionError`.
 */
export async function requestSocketEndpoint(request: EndpointRequest): Promise<SocketEndpoint> {
  const { redactor } = request;
  const unavailable = (message: string, code?: number) =>
    new FeishuLongConnectionError('endpoint_unavailable', redactor.text(message), { code, retryable: true });
  let text: string;
  let status: number;
  try {
    // Core's transport: the shared keep-alive pool, the body cap and the time limit every call has.
    const response = await sendHttp(
      {
        method: 'POST',
        url: new URL(ENDPOINT_PATH, request.baseUrl).toString(),
        headers: { 'content-type': 'application/json', locale: 'zh' },
        body: JSON.stringify({ AppID: request.appId, AppSecret: request.appSecret }),
      },
      {
        dispatcher: defaultDispatcher(),
        timeoutMs: ENDPOINT_TIMEOUT_MS,
        signal: request.signal,
        maxResponseBytes: MAX_ANSWER_BYTES,
      },
    );
    status = response.status;
    text = response.text;
  } catch (error) {
    if (request.signal.aborted) throw error;
    const detail =
      error instanceof Error
        ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
        : String(error);
    throw unavailable(`the endpoint request failed (${detail})`);
  }
  if (status !== 200) throw unavailable(`the endpoint answered HTTP ${status}`);
  let answer: { code?: unknown; msg?: unknown; data?: { URL?: unknown; ClientConfig?: unknown } | null };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw unavailable('the endpoint answer is not JSON');
  }
  const code = typeof answer?.code === 'number' ? answer.code : undefined;
  const msg = typeof answer?.msg === 'string' ? answer.msg.slice(0, 500) : '';
  if (code !== SERVER_CODE.ok) {
    if (code === undefined || code === SERVER_CODE.systemBusy || code === SERVER_CODE.internalError)
      throw unavailable(`the endpoint answered code ${code ?? 'none'} ${msg}`.trim(), code);
    throw new FeishuLongConnectionError(
      'endpoint_refused',
      redactor.text(`the endpoint refused the app: code ${code} ${msg}`.trim()),
      { code, retryable: false },
    );
  }
  const url = answer.data?.URL;
  if (typeof url !== 'string' || !/^wss?:\/\//.test(url)) throw unavailable('the endpoint answer has no socket URL');
  let serviceId: number;
  try {
    serviceId = Number(new URL(url).searchParams.get('service_id') ?? 0) | 0;
  } catch {
    throw unavailable('the endpoint answer has no valid socket URL');
  }
  return { url, serviceId, config: readClientConfig(answer.data?.ClientConfig) };
}
