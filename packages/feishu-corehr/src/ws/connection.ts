import { setTimeout as sleep } from 'node:timers/promises';
import { AbortError, type Logger } from '@hr/core';
import { LevelLogger, Redactor } from '@hr/core/internal';
import WebSocket from 'ws';
import { MessageAssembler, partPosition } from './assembler.js';
import { EventDispatcher, type FeishuEventStats } from './dispatch.js';
import { readClientConfig, redactSocketUrl, requestSocketEndpoint } from './endpoint.js';
import { FeishuLongConnectionError } from './errors.js';
import { type Frame, decodeFrame, encodeFrame, frameHeader } from './frame.js';
import {
  type FeishuConnectionState,
  type FeishuLongConnectionOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import {
  ACK_CODE,
  type ClientConfig,
  DEFAULT_CLIENT_CONFIG,
  FRAME_METHOD,
  HANDSHAKE_HEADER,
  HEADER,
  MESSAGE_TYPE,
  SERVER_CODE,
} from './protocol.js';

/** How long the WebSocket handshake may take (ours: the SDKs leave it unbounded by default). */
const HANDSHAKE_TIMEOUT_MS = 15_000;
/** How long `close()` waits for the server to answer the close frame before cutting the socket. */
const CLOSE_WAIT_MS = 5_000;
/** The longest delay `setTimeout` honours (a longer one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Query parameters of the socket URL that are not secret. */
const PUBLIC_URL_PARAMETERS = new Set(['device_id', 'service_id']);

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const utf8 = new TextEncoder();

/**
 * Receives Feishu events over the long connection ("使用长连接接收事件"): the app opens a WebSocket
 * to Feishu, so it needs no public URL, no TLS certificate, no decryption and no signature check
 * (https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/request-url-configuration-case).
 * Feishu offers it to **custom apps only** (store apps receive events over HTTP: `parseFeishuEvent`),
 * accepts at most 50 connections per app, and pushes each event to one of them, chosen at random.
 *
 * - `start()` asks `POST /callback/ws/endpoint` for the socket URL and the client config, connects,
 *   and resolves once connected (rejects on a final refusal, or when the reconnect policy gives up).
 * - It pings at the server's `PingInterval` (updated by every pong), reconnects after a drop with the
 *   server's `ReconnectCount` / `ReconnectInterval` and a random wait of up to `ReconnectNonce`,
 *   and joins events split across frames.
 * - Each event goes to `handler`, typed as `parseFeishuEvent` types it (unknown types raw); its
 *   outcome is the acknowledgement Feishu gets (200 handled, 500 failed: Feishu pushes it again).
 *   A handler that throws or runs past `handlerTimeout` never stops the connection.
 * - `close()` (or `signal`) waits for the handlers in flight, sends their acknowledgements and
 *   closes the socket cleanly. `state` and `onStateChange` tell where the connection is.
 * - The app secret and the socket URL's ticket never appear in a log line or an error.
 */
export class FeishuLongConnection {
  /** What happened to the events received so far. */
  readonly stats: FeishuEventStats = { received: 0, handled: 0, failed: 0, timedOut: 0, duplicates: 0, dropped: 0 };
  readonly #options: ResolvedOptions;
  readonly #log: LevelLogger;
  readonly #redactor: Redactor;
  readonly #dispatcher: EventDispatcher;
  readonly #assembler: MessageAssembler;
  /** Aborted by `close()`: ends waits, endpoint requests and connection attempts. */
  readonly #stop = new AbortController();
  #state: FeishuConnectionState = 'idle';
  #error: Error | undefined;
  #config: ClientConfig = DEFAULT_CLIENT_CONFIG;
  #serviceId = 0;
  #socket: WebSocket | undefined;
  #paused = false;
  /** Events being handled (at most `maxInFlight`), and the resolvers of those waiting for a slot. */
  #inFlight = 0;
  readonly #backlog: ((handle: boolean) => void)[] = [];
  #pingTimer: ReturnType<typeof setTimeout> | undefined;
  #pongTimer: ReturnType<typeof setTimeout> | undefined;
  #started: Promise<void> | undefined;
  #closing: Promise<void> | undefined;
  readonly #onAbort = () => void this.close();

  /**
   * Checks the options (throws `InputValidationError` before anything is sent); `start()` connects.
   *
   * @throws {@link index!InputValidationError} when an option is missing or out of range; nothing is sent.
   */
  constructor(options: FeishuLongConnectionOptions) {
    this.#options = resolveOptions(options);
    this.#redactor = new Redactor({ secretValues: [options.appSecret] });
    this.#log = new LevelLogger(options.logger ?? silent, options.logLevel ?? 'info', '@hr/feishu-corehr/ws');
    this.#dispatcher = new EventDispatcher({
      handler: this.#options.handler,
      handlerTimeout: this.#options.handlerTimeout,
      replay: { seenStore: this.#options.seenStore, seenTtlMs: this.#options.seenTtlMs },
      log: this.#log,
      stats: this.stats,
    });
    this.#assembler = new MessageAssembler({
      timeoutMs: this.#options.partialEventTimeout,
      maxBytes: this.#options.maxEventBytes,
      onDrop: (messageId, why) => {
        this.stats.dropped++;
        this.#log.warn(`split event dropped (${why}): Feishu will send it again`, { message_id: messageId });
      },
    });
    this.#options.signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** Where the connection is: `idle`, `connecting`, `connected`, `reconnecting`, `closing`, `closed` or `failed`. */
  get state(): FeishuConnectionState {
    return this.#state;
  }

  /** Why the connection `failed` (undefined otherwise). */
  get error(): Error | undefined {
    return this.#error;
  }

  /** The client config in force (the server's, in seconds): ping interval and reconnect policy. */
  get clientConfig(): Readonly<ClientConfig> {
    return this.#config;
  }

  /**
   * Connects; resolves once connected. Rejects with `FeishuLongConnectionError` on a final refusal
   * (wrong credentials, a banned app, too many connections) or when the reconnect policy gives up,
   * and with `AbortError` when closed first. Calling it again returns the same promise.
   *
   * @throws {@link FeishuLongConnectionError} on a final refusal (wrong credentials, a banned app, too many
   * connections) or when the reconnect policy gives up.
   * @throws {@link index!AbortError} when the connection is closed (or its `signal` aborts) before it connects.
   */
  start(): Promise<void> {
    if (this.#started) return this.#started;
    if (this.#options.signal?.aborted || this.#closing) {
      this.#started = Promise.reject(new AbortError('The Feishu long connection was closed before it started'));
      void this.close();
      return this.#started;
    }
    this.#setState('connecting');
    this.#started = this.#connect(true);
    return this.#started;
  }

  /**
   * Stops receiving, waits for every handler in flight (each bounded by `handlerTimeout`), sends
   * their acknowledgements, and closes the socket cleanly. Events arriving meanwhile are not
   * acknowledged (Feishu sends them again). Calling it again returns the same promise.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#setState('closing');
    this.#stop.abort();
    this.#stopTimers();
    for (const drop of this.#backlog.splice(0)) drop(false);
    await this.#dispatcher.settle();
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) await closeSocket(socket);
    this.#assembler.clear();
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
    this.#setState('closed');
  }

  /** Connects, retrying per the server's policy; `first`: the initial connection of `start()`. */
  async #connect(first: boolean): Promise<void> {
    let failures = 0;
    let tries = 0;
    let lastError: Error | undefined;
    for (;;) {
      if (!first || failures > 0) {
        const { ReconnectCount, ReconnectInterval, ReconnectNonce } = this.#config;
        if (ReconnectCount >= 0 && tries >= ReconnectCount) {
          const error = new FeishuLongConnectionError(
            'reconnect_exhausted',
            `gave up after ${tries} reconnect attempt(s) (the server allows ${ReconnectCount})${lastError ? `; last: ${lastError.message}` : ''}`,
            { retryable: false },
          );
          this.#fail(error);
          throw error;
        }
        const wait = Math.min(
          (tries === 0 ? 0 : ReconnectInterval * 1000) + Math.random() * ReconnectNonce * 1000,
          MAX_TIMER_MS,
        );
        this.#log.info(`reconnecting in ${Math.round(wait)} ms (attempt ${tries + 1})`);
        try {
          await sleep(wait, undefined, { signal: this.#stop.signal });
        } catch {
          throw new AbortError('The Feishu long connection was closed');
        }
        tries++;
      }
      try {
        await this.#connectOnce();
        this.#setState('connected');
        return;
      } catch (error) {
        if (this.#stop.signal.aborted) throw new AbortError('The Feishu long connection was closed');
        const failure =
          error instanceof FeishuLongConnectionError
            ? error
            : new FeishuLongConnectionError('connection_failed', this.#redact(String(error)), { retryable: true });
        if (!failure.retryable) {
          this.#fail(failure);
          throw failure;
        }
        failures++;
        lastError = failure;
        this.#log.warn(failure.message);
        this.#setState('reconnecting', failure);
      }
    }
  }

  async #connectOnce(): Promise<void> {
    const endpoint = await requestSocketEndpoint({
      baseUrl: this.#options.baseUrl,
      appId: this.#options.appId,
      appSecret: this.#options.appSecret,
      redactor: this.#redactor,
      signal: this.#stop.signal,
    });
    this.#config = endpoint.config;
    this.#serviceId = endpoint.serviceId;
    this.#registerUrlSecrets(endpoint.url);
    this.#log.debug('opening the socket', { url: redactSocketUrl(endpoint.url) });
    const socket = await this.#open(endpoint.url);
    if (this.#stop.signal.aborted) {
      socket.terminate();
      throw new AbortError('The Feishu long connection was closed');
    }
    this.#socket = socket;
    this.#paused = false;
    socket.on('message', (data: Buffer) => this.#onMessage(socket, data));
    socket.on('close', (code: number) => this.#onClose(socket, code));
    this.#ping();
  }

  /** The ticket and keys in the socket URL become secrets: redacted from every error and log line. */
  #registerUrlSecrets(url: string): void {
    this.#redactor.addRotatingSecret(url);
    try {
      for (const [key, value] of new URL(url).searchParams)
        if (!PUBLIC_URL_PARAMETERS.has(key)) this.#redactor.addRotatingSecret(value);
    } catch {
      // Not a URL: the socket will refuse it, and the whole string is already a secret.
    }
  }

  #redact(text: string): string {
    return this.#redactor.text(text);
  }

  /** Opens the socket; a refused handshake is read as [Go] `parseErr` reads it. */
  #open(url: string): Promise<WebSocket> {
    return new Promise<WebSocket>((resolve, reject) => {
      let settled = false;
      let socket: WebSocket;
      const settle = (error?: FeishuLongConnectionError) => {
        if (settled) return;
        settled = true;
        this.#stop.signal.removeEventListener('abort', onStop);
        if (error) {
          socket?.terminate();
          reject(error);
        } else resolve(socket);
      };
      const failed = (message: string) =>
        settle(new FeishuLongConnectionError('connection_failed', this.#redact(message), { retryable: true }));
      const onStop = () => failed('closed while connecting');
      try {
        socket = new WebSocket(url, {
          handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
          maxPayload: this.#options.maxEventBytes + 1024 * 1024,
          followRedirects: false,
        });
      } catch (error) {
        failed(`the socket URL was refused (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      this.#stop.signal.addEventListener('abort', onStop, { once: true });
      // Always listened to: an 'error' without a listener would crash the process.
      socket.on('error', (error: Error) => {
        if (settled) this.#log.debug(`socket error: ${this.#redact(error.message)}`);
        else failed(`the socket failed to open (${error.message})`);
      });
      socket.once('unexpected-response', (_request, response) => {
        response.resume();
        const status = Number(response.headers[HANDSHAKE_HEADER.status]);
        const authCode = Number(response.headers[HANDSHAKE_HEADER.authErrorCode]);
        const message = String(response.headers[HANDSHAKE_HEADER.message] ?? '').slice(0, 500);
        const final =
          status === SERVER_CODE.forbidden ||
          (status === SERVER_CODE.authFailed && authCode === SERVER_CODE.exceedConnectionLimit);
        settle(
          new FeishuLongConnectionError(
            final ? 'handshake_refused' : 'connection_failed',
            this.#redact(
              `the handshake was refused: HTTP ${response.statusCode}, Handshake-Status ${Number.isNaN(status) ? 'none' : status}${Number.isNaN(authCode) ? '' : `, Handshake-Autherrcode ${authCode}`}${message ? `, ${message}` : ''}`,
            ),
            { code: Number.isNaN(status) ? undefined : status, retryable: !final },
          ),
        );
      });
      socket.once('open', () => settle());
      socket.once('close', () => failed('the socket closed while opening'));
    });
  }

  #onClose(socket: WebSocket, code: number): void {
    if (socket !== this.#socket) return;
    this.#socket = undefined;
    this.#stopTimers();
    if (this.#state === 'closing' || this.#state === 'closed' || this.#state === 'failed') return;
    const error = new FeishuLongConnectionError('connection_failed', `the connection dropped (close code ${code})`, {
      retryable: true,
    });
    this.#log.warn(error.message);
    this.#setState('reconnecting', error);
    this.#connect(false).catch(() => {
      // The state is `failed` (or `closed`); `error` says why.
    });
  }

  #onMessage(socket: WebSocket, data: Buffer): void {
    clearTimeout(this.#pongTimer);
    let frame: Frame;
    try {
      frame = decodeFrame(data);
    } catch (error) {
      this.#log.warn(`ignored a frame that does not decode (${error instanceof Error ? error.message : error})`);
      return;
    }
    const type = frameHeader(frame, HEADER.type);
    if (frame.method === FRAME_METHOD.control) {
      if (type === MESSAGE_TYPE.pong && frame.payload && frame.payload.length > 0) this.#onPong(frame.payload);
      return;
    }
    if (frame.method !== FRAME_METHOD.data) return;
    if (type !== MESSAGE_TYPE.event) {
      this.#log.debug(`ignored a data frame of type ${type}`);
      return;
    }
    // While closing, events are left unacknowledged: Feishu sends them again.
    if (this.#state === 'closing' || this.#state === 'closed') return;
    const messageId = frameHeader(frame, HEADER.messageId) ?? '';
    const position = partPosition(messageId, frameHeader(frame, HEADER.sum), frameHeader(frame, HEADER.seq));
    const whole = this.#assembler.add(position, frame.payload ?? new Uint8Array());
    if (whole) void this.#handle(socket, frame, messageId, whole);
  }

  /** Every pong carries the server's current client config. [Node `handleControlData`][Go `handleControlFrame`] */
  #onPong(payload: Uint8Array): void {
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(payload).toString('utf8'));
    } catch {
      this.#log.debug('ignored a pong whose payload is not JSON');
      return;
    }
    const before = this.#config;
    this.#config = readClientConfig(raw, before);
    if (this.#config.PingInterval !== before.PingInterval) this.#schedulePing();
    this.#log.debug('client config from the server', { ...this.#config });
  }

  async #handle(socket: WebSocket, frame: Frame, messageId: string, payload: Uint8Array): Promise<void> {
    if (!(await this.#acquireSlot(socket))) return;
    const startedAt = Date.now();
    const code = await this.#dispatcher.dispatch(payload, messageId, frameHeader(frame, HEADER.traceId));
    const ack = encodeFrame({
      ...frame,
      headers: [...frame.headers, { key: HEADER.bizRt, value: String(Date.now() - startedAt) }],
      payload: utf8.encode(JSON.stringify({ code, headers: null, data: null })),
    });
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(ack, (error) => {
        if (error)
          this.#log.debug(`acknowledgement not sent (${this.#redact(error.message)})`, { message_id: messageId });
      });
    } else {
      this.#log.info('connection closed before the acknowledgement: Feishu will send the event again', {
        message_id: messageId,
        outcome: code === ACK_CODE.ok ? 'handled' : 'failed',
      });
    }
    this.#releaseSlot(socket);
  }

  /**
   * Waits for one of the `maxInFlight` slots. Past the limit the socket stops being read, so only
   * what it had already buffered waits here; resolves false when `close()` drops the waiting event
   * (unacknowledged: Feishu sends it again).
   */
  async #acquireSlot(socket: WebSocket): Promise<boolean> {
    if (this.#inFlight < this.#options.maxInFlight) {
      this.#inFlight++;
      return true;
    }
    if (!this.#paused && socket === this.#socket) {
      this.#paused = true;
      clearTimeout(this.#pongTimer);
      socket.pause();
      this.#log.debug(`${this.#inFlight} events in flight: reading paused`);
    }
    return new Promise<boolean>((resolve) => this.#backlog.push(resolve));
  }

  /** Hands the slot to the next waiting event, or frees it and reads the socket again. */
  #releaseSlot(socket: WebSocket): void {
    const next = this.#backlog.shift();
    if (next) return next(true);
    this.#inFlight--;
    if (this.#paused && socket === this.#socket) {
      this.#paused = false;
      socket.resume();
    }
  }

  /** Sends a ping control frame now and schedules the next one ([Node][Go]: one at once, then every `PingInterval`). */
  #ping(): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(
      encodeFrame({
        SeqID: 0n,
        LogID: 0n,
        service: this.#serviceId,
        method: FRAME_METHOD.control,
        headers: [{ key: HEADER.type, value: MESSAGE_TYPE.ping }],
      }),
    );
    if (this.#options.pongTimeout > 0 && !this.#paused) {
      clearTimeout(this.#pongTimer);
      this.#pongTimer = setTimeout(() => {
        this.#log.warn(`no frame within ${this.#options.pongTimeout} ms of a ping: reopening the connection`);
        socket.terminate();
      }, this.#options.pongTimeout);
      this.#pongTimer.unref?.();
    }
    this.#schedulePing();
  }

  #schedulePing(): void {
    clearTimeout(this.#pingTimer);
    this.#pingTimer = setTimeout(() => this.#ping(), Math.min(this.#config.PingInterval * 1000, MAX_TIMER_MS));
    this.#pingTimer.unref?.();
  }

  #stopTimers(): void {
    clearTimeout(this.#pingTimer);
    clearTimeout(this.#pongTimer);
    this.#pingTimer = undefined;
    this.#pongTimer = undefined;
  }

  #fail(error: Error): void {
    this.#error = error;
    this.#stopTimers();
    this.#log.error(error.message);
    this.#setState('failed', error);
  }

  #setState(state: FeishuConnectionState, error?: Error): void {
    // Once closing, the only way is to closed.
    if (state === this.#state || this.#state === 'closed' || (this.#state === 'closing' && state !== 'closed')) return;
    const previous = this.#state;
    this.#state = state;
    this.#log.info(`${previous} → ${state}`);
    try {
      this.#options.onStateChange?.({ state, previous, error });
    } catch (hookError) {
      this.#log.warn(`onStateChange threw (${hookError instanceof Error ? hookError.message : hookError})`);
    }
  }
}

/** Closes a socket with 1000 and waits for the server's answer, cutting it after `CLOSE_WAIT_MS`. */
function closeSocket(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => socket.terminate(), CLOSE_WAIT_MS);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.close(1000, 'client closing');
  });
}

/**
 * Creates a `FeishuLongConnection` and starts it: resolves with it once connected.
 *
 * @throws {@link index!InputValidationError} when an option is missing or out of range; nothing is sent.
 * @throws {@link FeishuLongConnectionError} on a final refusal or when the reconnect policy gives up;
 * {@link index!AbortError} when closed first (the connection is closed either way).
 */
export async function connectFeishuEvents(options: FeishuLongConnectionOptions): Promise<FeishuLongConnection> {
  const connection = new FeishuLongConnection(options);
  try {
    await connection.start();
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}
