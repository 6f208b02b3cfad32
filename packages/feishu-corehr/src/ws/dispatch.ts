import type { LevelLogger } from '@hr/core/internal';
import { type ReplayOptions, defaultSeenStore } from '@hr/core/webhooks';
import { acceptFeishuEvent } from '../events/accept.js';
import { FeishuEventVerificationError } from '../events/errors.js';
import { type FeishuEvent, typeFeishuEvent } from '../events/typing.js';
import { ACK_CODE } from './protocol.js';

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
  /** Events the handler threw for, whose payload was not a JSON object, or the seen-store failed for. */
  failed: number;
  /** Events whose handler ran past `handlerTimeout`. */
  timedOut: number;
  /** Events skipped because the seen-store had their id, or joined to the same event being handled. */
  duplicates: number;
  /** Split events dropped incomplete (expired or too large): not acknowledged, so Feishu sends them again. */
  dropped: number;
}

/** Settings of the dispatcher. */
export interface DispatcherOptions {
  handler: FeishuEventHandler;
  handlerTimeout: number;
  replay: ReplayOptions;
  log: LevelLogger;
  stats: FeishuEventStats;
}

const TIMED_OUT = Symbol('timed out');

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs the user's handler for each whole message and says which acknowledgement code to send:
 * 200 when it resolved (or the event was a duplicate), 500 when it threw, timed out, the payload
 * was not an event or the seen-store failed. A handler that throws or hangs never reaches the
 * connection. Events are typed and accepted once as the HTTP receiver's are (`typeFeishuEvent`,
 * `acceptFeishuEvent`: the id claimed in the seen-store before the handler runs, released when the
 * handler fails so that Feishu's re-delivery is handled).
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
    const running = this.#byEventId.get(event.id);
    if (running) {
      stats.duplicates++;
      return running;
    }
    const outcome = this.#handleOnce(event, { messageId, traceId });
    this.#byEventId.set(event.id, outcome);
    try {
      return await outcome;
    } finally {
      this.#byEventId.delete(event.id);
    }
  }

  async #handleOnce(event: FeishuEvent, ids: { messageId: string; traceId: string | undefined }): Promise<number> {
    const { replay, log, stats } = this.#options;
    const where = { event_id: event.id, event_type: event.type, message_id: ids.messageId, trace_id: ids.traceId };
    let accepted: FeishuEvent;
    try {
      accepted = await acceptFeishuEvent(event, replay);
    } catch (error) {
      if (FeishuEventVerificationError.isInstance(error) && error.reason === 'replayed') {
        stats.duplicates++;
        log.debug('event already handled: acknowledged without calling the handler', where);
        return ACK_CODE.ok;
      }
      stats.failed++;
      log.error(`the seen-store failed (${describe(error)}): acknowledged as failed`, where);
      return ACK_CODE.failed;
    }
    const code = await this.#runHandler(accepted, ids, where);
    if (code !== ACK_CODE.ok && accepted.seenKey !== undefined) await this.#release(accepted.seenKey, where);
    return code;
  }

  async #runHandler(
    event: FeishuEvent,
    ids: { messageId: string; traceId: string | undefined },
    where: Record<string, unknown>,
  ): Promise<number> {
    const { handler, handlerTimeout, log, stats } = this.#options;
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
      // Its claim is released: Feishu's re-delivery is handled again, even if this run ends up succeeding.
      log.error(`handler still running after ${handlerTimeout} ms: acknowledged as failed`, where);
      return ACK_CODE.failed;
    } catch (error) {
      stats.failed++;
      log.error(`handler failed (${describe(error)}): acknowledged as failed`, where);
      return ACK_CODE.failed;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Forgets a failed event's id, so Feishu's re-delivery of it is handled. */
  async #release(seenKey: string, where: Record<string, unknown>): Promise<void> {
    const store = this.#options.replay.seenStore ?? defaultSeenStore();
    if (store === false) return;
    try {
      await store.release(seenKey);
    } catch (error) {
      this.#options.log.warn(`seenStore.release failed (${describe(error)}): the re-delivery will be refused`, where);
    }
  }
}
