import { contentId } from '@hr/core/webhooks';
import type { z } from 'zod';
import {
  type AppTicketEvent,
  AppTicketEventSchema,
  type FeishuEventHeader,
  FeishuEventHeaderSchema,
  type OnboardingTaskChangedEvent,
  OnboardingTaskChangedEventSchema,
  type PreHireUpdatedEvent,
  PreHireUpdatedEventSchema,
} from './payloads.js';

/** A URL-verification request: answer it with `response` as the JSON body (HTTP 200) within 1 second. */
export interface FeishuChallenge {
  /** `challenge`: answer `response` and do nothing else. */
  kind: 'challenge';
  /** The challenge to echo. */
  challenge: string;
  /** The body to answer with: `{ challenge }`. */
  response: { challenge: string };
}

/** What every typed event carries. */
interface EventBase {
  /**
   * The event's id: `header.event_id` (v2 events) or `uuid` (v1 events such as `app_ticket`), which
   * Feishu keeps across re-deliveries; `sha256:<hex>` of the payload when it carries neither.
   */
  id: string;
  /** The v2 header (`schema` 2.0 events); for v1 events the outer fields (`uuid`, `ts`...) are in `raw`. */
  header: FeishuEventHeader;
  /** The whole decrypted payload. */
  raw: Record<string, unknown>;
  /**
   * The key under which the event was recorded in the seen-store (release it there to accept a
   * re-delivery); undefined when no replay check ran.
   */
  seenKey?: string | undefined;
}

interface KnownEvent<Type extends string, Body> extends EventBase {
  /** `event`: a verified event of a known type. */
  kind: 'event';
  /** The event type. */
  type: Type;
  /** The event body, typed (unknown fields kept). */
  event: Body;
}

/** A verified event of a type this package knows. */
export type FeishuKnownEvent =
  | KnownEvent<'corehr.pre_hire.updated_v1', PreHireUpdatedEvent>
  | KnownEvent<'corehr.pre_hire.onboarding_task_changed_v2', OnboardingTaskChangedEvent>
  | KnownEvent<'app_ticket', AppTicketEvent>;

/** A verified event of another type: returned raw, not refused. */
export interface FeishuUnknownEvent extends EventBase {
  /** `unknown_event`: verified, but of a type this package does not type. */
  kind: 'unknown_event';
  /** The event type as sent, e.g. `corehr.employee.domain_event_v2` (empty when none was found). */
  type: string;
  /** The event body as sent. */
  event: unknown;
}

/** A typed event, known or not. */
export type FeishuEvent = FeishuKnownEvent | FeishuUnknownEvent;

/** What `parseFeishuEvent` returns. */
export type FeishuEventResult = FeishuChallenge | FeishuEvent;

const EVENT_SCHEMAS: Record<FeishuKnownEvent['type'], () => z.ZodType> = {
  'corehr.pre_hire.updated_v1': PreHireUpdatedEventSchema,
  'corehr.pre_hire.onboarding_task_changed_v2': OnboardingTaskChangedEventSchema,
  app_ticket: AppTicketEventSchema,
};

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Types a decrypted event payload (v2 `{ schema: '2.0', header, event }` or v1 `{ uuid, token,
 * type: 'event_callback', event }`): `corehr.pre_hire.updated_v1`,
 * `corehr.pre_hire.onboarding_task_changed_v2` and `app_ticket` are typed; any other type comes back
 * raw as `unknown_event`. It checks nothing: call it on a payload you authenticated (the HTTP
 * receiver `parseFeishuEvent` does, and so does a WebSocket connection's own authentication), then
 * refuse replays with `acceptFeishuEvent`.
 */
export function typeFeishuEvent(payload: Record<string, unknown>): FeishuEvent {
  const isV2 = payload.schema === '2.0';
  const headerParse = FeishuEventHeaderSchema().safeParse(isV2 ? (payload.header ?? {}) : {});
  const header: FeishuEventHeader = headerParse.success ? headerParse.data : {};
  const id = isV2
    ? nonEmpty(header.event_id)
      ? header.event_id
      : contentId(JSON.stringify(payload))
    : nonEmpty(payload.uuid)
      ? payload.uuid
      : contentId(JSON.stringify(payload));
  const event = payload.event;
  const type = isV2
    ? (header.event_type ?? '')
    : typeof (event as { type?: unknown } | undefined)?.type === 'string'
      ? (event as { type: string }).type
      : '';
  if (Object.hasOwn(EVENT_SCHEMAS, type)) {
    const parsed = EVENT_SCHEMAS[type as FeishuKnownEvent['type']]().safeParse(event ?? {});
    if (parsed.success)
      return { kind: 'event', id, type, header, event: parsed.data, raw: payload } as FeishuKnownEvent;
  }
  return { kind: 'unknown_event', id, type, header, event, raw: payload };
}
