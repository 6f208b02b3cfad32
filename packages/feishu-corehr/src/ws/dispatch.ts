import type { LevelLogger } from '@hr/core/internal';
import { type FeishuEvent, typeFeishuEvent } from '../events/typed.js';
import { ACK_CODE } from './protocol.js';
import type { SeenEventStore } from './seen-events.js';

/** What the handler gets besides the event. */
export interface FeishuEventContext {
  /** Aborted when the handler runs past `handlerTimeout` (its event was then acknowledged as failed). */
  signal: AbortSignal;
  /** The long-connection message that carried the event (frame header `message_id`). */
  messageId: string;
  /** Feishu's trace ID of the message (frame header `trace_id`), for Feishu support. */
  traceId: string | undefined;
}

/**
 * Handles one event. Resolve to acknowledge it as handled; throw (or reject) to acknowledge it as
 * failed, and Feishu pushes it again. Feishu expects an answer within 3 seconds.
 */
export type FeishuEventHandler = (event: FeishuEvent, context: FeishuEventContext) => unknown;

/** Counters of what the long connection did with the events it received. */
export interface FeishuEventStats {
  /** Events received whole (split ones once joined). */
  received: number;
  /** Events the handler resolved for. */
  handled: number;
  /** Events the handler threw for, or whose payload was not a JSON object. */
  failed: number;
  /** Events whose handler ran past `handlerTimeout`. */
  timedOut: number;
  /** Events skipped because `seenEvents` had their id, or joined to the same event being handled. */
  duplicates: number;
  /** Split events dropped incomplete (expired or too large): not acknowledged, so Feishu sends them again. */
  dropped: number;
}

/** Settings of the dispatcher. */
export interface DispatcherOptions {
  handler: FeishuEventHandler;
  handlerTimeout: number;
  seenEvents: SeenEventStore | undefined;
  log: LevelLogger;
  stats: FeishuEventStats;
}

const TIMED_OUT = Symbol('timed out');

/** The event's id: `header.event_id` (v2), or `uuid` (v1 events such as `app_ticket`). */
function eventIdOf(event: FeishuEvent): string | undefined {
  const id = event.header.event_id ?? event.raw.uuid;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs the user's handler for each whole message and says which acknowledgement code to send:
 * 200 when it resolved (or the event was a duplicate), 500 when it threw, timed out, or the payload
 * was not an event. A handler that throws or hangs never reaches the connection.
 */
export class EventDispatcher {
  readonly #options: DispatcherOptions;
  /** Events being handled, by id: a redelivery arriving meanwhile shares the outcome. */
  readonly #byEventId = new Map<string, Promise<number>>();
  /** Every dispatch not yet answered. */
  readonly #active = new Set<Promise<number>>();

  constructor(options: DispatcherOptions) {
    this.#options = options;
  }

  /** Dispatches not yet answered. */
  get active(): number {
    return this.#active.size;
  }

  /** Resolves once every dispatch started so far was answered (each is bounded by `handlerTimeout`). */
  async settle(): Promise<void> {
    while (this.#active.size > 0) await Promise.allSettled([...this.#active]);
  }

  /** Parses, de-duplicates and handles one message; resolves with the acknowledgement code. */
  dispatch(payload: Uint8Array, messageId: string, traceId: string | undefined): Promise<number> {
    const answer = this.#dispatch(payload, messageId, traceId);
    this.#active.add(answer);
    void answer.finally(() => this.#active.delete(answer));
    return answer;
  }

  async #dispatch(payload: Uint8Array, messageId: string, traceId: string | undefined): Promise<number> {
    const { log, stats } = this.#options;
    stats.received++;
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8'));
    } catch {
      raw = undefined;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      stats.failed++;
      log.error('message is not a JSON object: acknowledged as failed', { message_id: messageId, trace_id: traceId });
      return ACK_CODE.failed;
    }
    const event = typeFeishuEvent(raw as Record<string, unknown>);
    const eventId = eventIdOf(event);
    const running = eventId === undefined ? undefined : this.#byEventId.get(eventId);
    if (running) {
      stats.duplicates++;
      return running;
    }
    const outcome = this.#handleOnce(event, eventId, { messageId, traceId });
    if (eventId === undefined) return outcome;
    this.#byEventId.set(eventId, outcome);
    try {
      return await outcome;
    } finally {
      this.#byEventId.delete(eventId);
    }
  }

  async #handleOnce(
    event: FeishuEvent,
    eventId: string | undefined,
    ids: { messageId: string; traceId: string | undefined },
  ): Promise<number> {
    const { seenEvents, log, stats } = this.#options;
    const where = { event_id: eventId, event_type: event.type, message_id: ids.messageId, trace_id: ids.traceId };
    if (seenEvents && eventId !== undefined) {
      try {
        if (await seenEvents.has(eventId)) {
          stats.duplicates++;
          log.debug('event already handled: acknowledged without calling the handler', where);
          return ACK_CODE.ok;
        }
      } catch (error) {
        log.warn(`seenEvents.has failed (${describe(error)}): handling the event anyway`, where);
      }
    }
    const result = await this.#runHandler(event, ids, where);
    if (result === ACK_CODE.ok && seenEvents && eventId !== undefined) await this.#remember(eventId, where);
    return result;
  }

  async #runHandler(
    event: FeishuEvent,
    ids: { messageId: string; traceId: string | undefined },
    where: Record<string, unknown>,
  ): Promise<number> {
    const { handler, handlerTimeout, seenEvents, log, stats } = this.#options;
    const controller = new AbortController();
    const run = Promise.resolve().then(() => handler(event, { signal: controller.signal, ...ids }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), handlerTimeout);
    });
    try {
      const settled = await Promise.race([run.then(() => ACK_CODE.ok), timeout]);
      if (settled !== TIMED_OUT) {
        stats.handled++;
        return settled;
      }
      stats.timedOut++;
      controller.abort(new Error(`the handler ran past ${handlerTimeout} ms`));
      log.error(`handler still running after ${handlerTimeout} ms: acknowledged as failed`, where);
      // Should it still succeed, remember the event so Feishu's redelivery is skipped.
      const eventId = where.event_id as string | undefined;
      run.then(
        () => (seenEvents && eventId !== undefined ? this.#remember(eventId, where) : undefined),
        () => undefined,
      );
      return ACK_CODE.failed;
    } catch (error) {
      stats.failed++;
      log.error(`handler failed (${describe(error)}): acknowledged as failed`, where);
      return ACK_CODE.failed;
    } finally {
      clearTimeout(timer);
    }
  }

  async #remember(eventId: string, where: Record<string, unknown>): Promise<void> {
    try {
      await this.#options.seenEvents!.add(eventId);
    } catch (error) {
      this.#options.log.warn(`seenEvents.add failed (${describe(error)})`, where);
    }
  }
}
