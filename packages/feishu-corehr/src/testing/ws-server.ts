import { randomBytes, randomInt } from 'node:crypto';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Frame, decodeFrame, encodeFrame, frameHeader } from '../ws/frame.js';
import { ACK_CODE, type ClientConfig, FRAME_METHOD, HEADER, MESSAGE_TYPE, SERVER_CODE } from '../ws/protocol.js';

/** An acknowledgement the sandbox received. */
export interface SandboxAck {
  /** `header.event_id` of the acknowledged event. */
  eventId: string;
  /** The message it acknowledged (each delivery attempt is a new message). */
  messageId: string;
  /** The acknowledgement's `code` (200 handled, 500 failed). */
  code: number;
  /** The `biz_rt` header: how long the handler took, in ms (as the client reports it). */
  bizRt: number | undefined;
  /** Whether `SeqID` and `LogID` came back as sent. */
  echoed: boolean;
}

/** A scripted refusal of the next handshakes (headers as [Go] `parseErr` reads them). */
export interface SandboxHandshakeRefusal {
  /** `Handshake-Status`, e.g. 514 (authentication failed) or 403 (banned). */
  status: number;
  /** `Handshake-Autherrcode`, e.g. 1000040350 (too many connections). */
  authErrorCode?: number | undefined;
  /** `Handshake-Msg`. */
  message?: string | undefined;
}

/** Options of the long-connection sandbox (sandbox choices; Feishu documents none of these values). */
export interface SandboxLongConnectionOptions {
  /** The client config handed out, in seconds (default: ping every 120 s, reconnect forever, 1 s apart, no random wait). */
  clientConfig?: Partial<ClientConfig> | undefined;
  /** Ms to wait for an acknowledgement before sending the event again (default 3000: Feishu's 3 seconds). */
  ackTimeoutMs?: number | undefined;
  /** Ms before an event acknowledged as failed (or not at all) is sent again (default 200). */
  redeliveryDelayMs?: number | undefined;
  /** Deliveries of an event after a failure before the sandbox gives up on it (default 4). */
  maxRedeliveries?: number | undefined;
  /** Split every event payload larger than this many bytes into parts of this size (default: no split). */
  partBytes?: number | undefined;
  /** Send the parts of a split event in random order (default false: in `seq` order). */
  shuffleParts?: boolean | undefined;
}

interface Delivery {
  key: number;
  eventId: string;
  payload: Uint8Array;
  /** Deliveries that failed (500 or no acknowledgement in time). */
  failures: number;
  /** The message in flight and where. */
  messageId?: string | undefined;
  socket?: WebSocket | undefined;
  sent?: { SeqID: bigint; LogID: bigint } | undefined;
  timer?: ReturnType<typeof setTimeout> | undefined;
}

/** Feishu's documented limit: at most 50 connections per app. */
const MAX_CONNECTIONS = 50;
const utf8 = new TextEncoder();

/**
 * The long-connection side of the sandbox: `POST /callback/ws/endpoint` (served by the msw
 * handlers) hands out a loopback `ws://` URL with a one-time ticket, and this server speaks the
 * pbbp2 protocol on it like Feishu: answers pings with pongs carrying the client config, pushes
 * each event to one connected client chosen at random (Feishu's "cluster mode"), split across frames
 * when `partBytes` is set, waits for the acknowledgement and sends the event again after a failure,
 * a timeout or a dropped connection. Tests drive it: `disconnect()`, `setClientConfig()`,
 * `refuseHandshakes()`, `ping()`, and read `acks`, `pings`, `endpointCalls`.
 */
export class SandboxLongConnection {
  /** The client config handed out by the endpoint and carried by every pong (seconds). */
  clientConfig: ClientConfig;
  /** Acknowledgements received, in order. */
  readonly acks: SandboxAck[] = [];
  /** Pings received from clients. */
  pings = 0;
  /** Endpoint requests answered with a URL. */
  endpointCalls = 0;
  /** Handshakes accepted. */
  handshakes = 0;
  /** Events the sandbox gave up on (failed more than `maxRedeliveries` times), by id. */
  readonly abandoned: string[] = [];
  /** Messages sent (one per delivery attempt of an event). */
  messagesSent = 0;
  /** Data frames sent (a split message takes several). */
  framesSent = 0;
  /** Ms to wait for an acknowledgement before sending the event again. */
  ackTimeoutMs: number;
  /** Ms before an event acknowledged as failed (or not in time) is sent again. */
  redeliveryDelayMs: number;
  /** Deliveries of an event after a failure before the sandbox gives up on it. */
  maxRedeliveries: number;
  /** Split event payloads larger than this many bytes into parts of this size (undefined: no split). */
  partBytes: number | undefined;
  /** Send the parts of a split event in random order. */
  shuffleParts: boolean;
  /** Answer pings with pongs (false: play a server that went silent). */
  answerPings = true;
  readonly #queue = new Map<number, Delivery>();
  #pushed = 0;
  readonly #byMessage = new Map<string, Delivery>();
  readonly #tickets = new Set<string>();
  readonly #sockets = new Set<WebSocket>();
  readonly #tcp = new Set<Socket>();
  readonly #waiters = new Set<() => void>();
  #refusals: SandboxHandshakeRefusal[] = [];
  #server: Server | undefined;
  #wss: WebSocketServer | undefined;
  #url: string | undefined;
  #serviceId = randomInt(1, 2 ** 31 - 1);
  #seq = 0n;
  /** Feishu only pushes over the long connection once the app uses it (the console requires a live connection to save the mode). */
  #subscribed = false;

  constructor(
    private readonly appId: string,
    private readonly appSecret: string,
    options: SandboxLongConnectionOptions = {},
  ) {
    this.clientConfig = {
      PingInterval: 120,
      ReconnectCount: -1,
      ReconnectInterval: 1,
      ReconnectNonce: 0,
      ...options.clientConfig,
    };
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3_000;
    this.redeliveryDelayMs = options.redeliveryDelayMs ?? 200;
    this.maxRedeliveries = options.maxRedeliveries ?? 4;
    this.partBytes = options.partBytes;
    this.shuffleParts = options.shuffleParts ?? false;
  }

  /** The server's `ws://127.0.0.1:<port>` origin (undefined before `listen()`). */
  get url(): string | undefined {
    return this.#url;
  }

  /** Clients connected now. */
  get connections(): number {
    return this.#sockets.size;
  }

  /** Events pushed and not yet acknowledged as handled. */
  get pending(): number {
    return this.#queue.size;
  }

  /** Starts the WebSocket server on a free loopback port. */
  async listen(): Promise<void> {
    if (this.#server) return;
    const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
    const server = createServer((_req, res) => res.writeHead(426).end());
    server.on('connection', (socket: Socket) => {
      this.#tcp.add(socket);
      socket.on('close', () => this.#tcp.delete(socket));
    });
    server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
      const refusal = this.#refusal(request);
      if (refusal) {
        const headers = [
          `Handshake-Status: ${refusal.status}`,
          `Handshake-Msg: ${refusal.message ?? 'refused'}`,
          ...(refusal.authErrorCode === undefined ? [] : [`Handshake-Autherrcode: ${refusal.authErrorCode}`]),
        ];
        socket.end(
          `HTTP/1.1 403 Forbidden\r\n${headers.join('\r\n')}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
        );
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#wss = wss;
    this.#url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Stops the server, cutting every connection. */
  async close(): Promise<void> {
    for (const delivery of this.#queue.values()) clearTimeout(delivery.timer);
    for (const ws of this.#sockets) ws.terminate();
    for (const socket of this.#tcp) socket.destroy();
    this.#wss?.close();
    const server = this.#server;
    this.#server = undefined;
    this.#url = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Answers `POST /callback/ws/endpoint` `{ AppID, AppSecret }`: `{ code: 0, data: { URL, ClientConfig } }`
   * with a one-time ticket in the URL. Wrong credentials answer code 514 (sandbox choice: Feishu
   * documents no code; the SDKs' enums name 514 "auth failed"); a sandbox not listening, code 1 ("system busy").
   */
  endpointAnswer(body: { AppID?: unknown; AppSecret?: unknown } | undefined): Record<string, unknown> {
    if (body?.AppID !== this.appId || body?.AppSecret !== this.appSecret)
      return { code: SERVER_CODE.authFailed, msg: 'app id or app secret invalid', data: null };
    if (!this.#url) return { code: SERVER_CODE.systemBusy, msg: 'system busy', data: null };
    this.endpointCalls++;
    this.#subscribed = true;
    const ticket = randomBytes(24).toString('base64url');
    this.#tickets.add(ticket);
    // The parameter order of Feishu's URLs (service_id not first: the Node SDK parses it from the whole URL).
    const query = new URLSearchParams({
      fpid: '493',
      aid: '552564',
      device_id: String(randomInt(1, 2 ** 47)),
      access_key: randomBytes(16).toString('hex'),
      service_id: String(this.#serviceId),
      ticket,
    });
    return { code: 0, msg: 'ok', data: { URL: `${this.#url}/ws/v2?${query}`, ClientConfig: { ...this.clientConfig } } };
  }

  /**
   * Queues an event payload for delivery (ignored until a client has asked for the endpoint). Each
   * push is delivered on its own, even one with the id of another (as Feishu's redeliveries are).
   */
  push(payload: Record<string, unknown>): void {
    if (!this.#subscribed) return;
    const header = payload.header as { event_id?: unknown } | undefined;
    const eventId = String(header?.event_id ?? payload.uuid ?? randomBytes(16).toString('hex'));
    const key = ++this.#pushed;
    this.#queue.set(key, { key, eventId, payload: utf8.encode(JSON.stringify(payload)), failures: 0 });
    this.#pump();
  }

  /**
   * Drops every connection: `'close'` sends a close frame (code 1001, "going away"), `'terminate'`
   * cuts the TCP connection without one. Events in flight are sent again once a client reconnects.
   * Returns how many open connections it dropped.
   */
  disconnect(how: 'close' | 'terminate' = 'close'): number {
    let dropped = 0;
    for (const ws of this.#sockets) {
      if (ws.readyState !== ws.OPEN) continue;
      dropped++;
      if (how === 'close') ws.close(1001, 'server going away');
      else ws.terminate();
    }
    return dropped;
  }

  /** Changes the client config and announces it at once in a pong to every client (as the server may at any time). */
  setClientConfig(config: Partial<ClientConfig>): void {
    this.clientConfig = { ...this.clientConfig, ...config };
    for (const ws of this.#sockets) this.#sendPong(ws);
  }

  /** Refuses the next handshakes, one per entry, as the real server refuses them (`Handshake-*` headers). */
  refuseHandshakes(...refusals: SandboxHandshakeRefusal[]): void {
    this.#refusals.push(...refusals);
  }

  /** Sends a ping control frame to every client (clients ignore it). */
  ping(): void {
    for (const ws of this.#sockets) ws.send(encodeFrame(this.#controlFrame(MESSAGE_TYPE.ping)));
  }

  /** Resolves once every event pushed so far was acknowledged as handled (or given up on). */
  async idle(timeoutMs = 30_000): Promise<void> {
    if (this.#queue.size === 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(done);
        reject(new Error(`${this.#queue.size} event(s) still unacknowledged after ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.#waiters.add(done);
    });
  }

  /** Forgets the queue and the records. */
  reset(): void {
    for (const delivery of this.#queue.values()) clearTimeout(delivery.timer);
    this.#queue.clear();
    this.#byMessage.clear();
    this.acks.length = 0;
    this.abandoned.length = 0;
    this.#refusals = [];
    this.pings = 0;
    this.endpointCalls = 0;
    this.handshakes = 0;
    this.messagesSent = 0;
    this.framesSent = 0;
    this.answerPings = true;
  }

  #refusal(request: IncomingMessage): SandboxHandshakeRefusal | undefined {
    const url = new URL(request.url ?? '/', 'ws://sandbox');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/ws/v2' || !this.#tickets.delete(ticket))
      return { status: SERVER_CODE.authFailed, message: 'invalid ticket' };
    const scripted = this.#refusals.shift();
    if (scripted) return scripted;
    if (this.#sockets.size >= MAX_CONNECTIONS)
      return {
        status: SERVER_CODE.authFailed,
        authErrorCode: SERVER_CODE.exceedConnectionLimit,
        message: 'exceed connection limit',
      };
    return undefined;
  }

  #accept(ws: WebSocket): void {
    this.handshakes++;
    this.#sockets.add(ws);
    ws.on('error', () => {});
    ws.on('message', (data: Buffer) => this.#onFrame(ws, data));
    ws.on('close', () => {
      this.#sockets.delete(ws);
      for (const delivery of this.#queue.values()) {
        if (delivery.socket !== ws) continue;
        // A dropped connection: send the event again once a client is connected.
        this.#unsend(delivery);
      }
      this.#pump();
    });
    this.#pump();
  }

  #onFrame(ws: WebSocket, data: Buffer): void {
    let frame: Frame;
    try {
      frame = decodeFrame(data);
    } catch {
      return;
    }
    const type = frameHeader(frame, HEADER.type);
    if (frame.method === FRAME_METHOD.control && type === MESSAGE_TYPE.ping) {
      this.pings++;
      if (this.answerPings) this.#sendPong(ws);
      return;
    }
    if (frame.method !== FRAME_METHOD.data) return;
    const messageId = frameHeader(frame, HEADER.messageId) ?? '';
    const delivery = this.#byMessage.get(messageId);
    if (!delivery) return;
    let code = Number.NaN;
    try {
      code = Number((JSON.parse(Buffer.from(frame.payload ?? []).toString('utf8')) as { code?: unknown }).code);
    } catch {
      // Not JSON: a failure.
    }
    const bizRt = Number(frameHeader(frame, HEADER.bizRt));
    this.acks.push({
      eventId: delivery.eventId,
      messageId,
      code,
      bizRt: Number.isNaN(bizRt) ? undefined : bizRt,
      echoed: delivery.sent?.SeqID === frame.SeqID && delivery.sent?.LogID === frame.LogID,
    });
    if (code === ACK_CODE.ok) {
      this.#unsend(delivery);
      this.#queue.delete(delivery.key);
      this.#settleWaiters();
    } else this.#failed(delivery);
  }

  #sendPong(ws: WebSocket): void {
    const frame = this.#controlFrame(MESSAGE_TYPE.pong);
    frame.payload = utf8.encode(JSON.stringify(this.clientConfig));
    ws.send(encodeFrame(frame));
  }

  #controlFrame(type: string): Frame {
    return {
      SeqID: 0n,
      LogID: 0n,
      service: this.#serviceId,
      method: FRAME_METHOD.control,
      headers: [{ key: HEADER.type, value: type }],
    };
  }

  /** A failed delivery (500 or no acknowledgement in time): again after a while, or given up. */
  #failed(delivery: Delivery): void {
    this.#unsend(delivery);
    delivery.failures++;
    if (delivery.failures > this.maxRedeliveries) {
      this.#queue.delete(delivery.key);
      this.abandoned.push(delivery.eventId);
      this.#settleWaiters();
      return;
    }
    delivery.timer = setTimeout(() => {
      delivery.timer = undefined;
      this.#pump();
    }, this.redeliveryDelayMs);
  }

  #unsend(delivery: Delivery): void {
    clearTimeout(delivery.timer);
    delivery.timer = undefined;
    if (delivery.messageId) this.#byMessage.delete(delivery.messageId);
    delivery.messageId = undefined;
    delivery.socket = undefined;
    delivery.sent = undefined;
  }

  /** Sends every queued event that is neither in flight nor waiting to be sent again. */
  #pump(): void {
    const open = [...this.#sockets].filter((ws) => ws.readyState === ws.OPEN);
    if (open.length === 0) return;
    for (const delivery of this.#queue.values()) {
      if (delivery.messageId !== undefined || delivery.timer !== undefined) continue;
      this.#send(open[randomInt(open.length)]!, delivery);
    }
  }

  #send(ws: WebSocket, delivery: Delivery): void {
    const messageId = randomBytes(16).toString('hex');
    const traceId = randomBytes(8).toString('hex');
    const size = this.partBytes;
    const parts: Uint8Array[] = [];
    if (size && delivery.payload.length > size)
      for (let at = 0; at < delivery.payload.length; at += size) parts.push(delivery.payload.subarray(at, at + size));
    else parts.push(delivery.payload);
    const order = parts.map((_, seq) => seq);
    if (this.shuffleParts) order.sort(() => Math.random() - 0.5);
    delivery.messageId = messageId;
    delivery.socket = ws;
    this.#byMessage.set(messageId, delivery);
    this.messagesSent++;
    for (const seq of order) {
      const frame: Frame = {
        SeqID: ++this.#seq,
        // LogIDs above 2^53 check that clients echo 64-bit values unchanged.
        LogID: (1n << 60n) + BigInt(randomInt(2 ** 47)),
        service: this.#serviceId,
        method: FRAME_METHOD.data,
        headers: [
          { key: HEADER.type, value: MESSAGE_TYPE.event },
          { key: HEADER.messageId, value: messageId },
          { key: HEADER.sum, value: String(parts.length) },
          { key: HEADER.seq, value: String(seq) },
          { key: HEADER.traceId, value: traceId },
          { key: 'timestamp', value: String(Date.now()) },
        ],
        payload: parts[seq],
      };
      // The client acknowledges the frame that completed the message: remember the last one sent.
      delivery.sent = { SeqID: frame.SeqID, LogID: frame.LogID };
      this.framesSent++;
      ws.send(encodeFrame(frame));
    }
    delivery.timer = setTimeout(() => {
      delivery.timer = undefined;
      if (delivery.messageId === messageId) this.#failed(delivery);
    }, this.ackTimeoutMs);
  }

  #settleWaiters(): void {
    if (this.#queue.size > 0) return;
    for (const done of this.#waiters) done();
    this.#waiters.clear();
  }
}
