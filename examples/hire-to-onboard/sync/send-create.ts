import { setTimeout as sleep } from 'node:timers/promises';
import {
  APIError,
  AuthenticationError,
  ConnectionError,
  type CreatePreHireBody,
  type FeishuCoreHRClient,
  InputValidationError,
  PermissionDeniedError,
  RateLimitError,
} from '@hr/feishu-corehr';
import { errorMessage } from '../log.js';

/** What sending one create found out. */
export type SendResult =
  /** Feishu answered with the pre-hire's ID. */
  | { kind: 'created'; preHireId: string }
  /** Refused about the request (a 4xx on its data, or the SDK's own check): nothing was created by it. */
  | { kind: 'refused'; error: string }
  /** Certainly not applied (rate-limited or not sent until the window closed, credentials or permission refused). */
  | { kind: 'not-applied'; error: string }
  /** May have been applied: a timeout, a 5xx, a connection broken after sending, an abort. */
  | { kind: 'uncertain'; error: string };

/** What a create send needs. */
export interface SendCreateOptions {
  /** Feishu (only `preHires.create` is used). */
  feishu: Pick<FeishuCoreHRClient, 'preHires'>;
  /**
   * When the send's window closes (epoch ms): every request of it leaves and ends before then (the
   * client's `deadline`), so nothing sent by it can land later. The writer records the window's
   * start in the checkpoint before sending and waits it out before looking for what an uncertain
   * send made; a process that resumes after a pause past it sends nothing.
   */
  endsAt: number;
  /** Aborts the send (the hire's lease was lost). */
  signal: AbortSignal;
}

/**
 * Sends one create, resending only what cannot have been applied. The SDK's own retries are off for
 * it (`maxRetries: 0`): it would resend after a timeout or a 5xx with the same `out_biz_id`, which is
 * safe only if Feishu answers a repeated `out_biz_id` with the existing pre-hire, and that is the
 * behaviour this service does not take on trust. What is resent here: a rate-limit answer (Feishu's
 * gateway applied nothing: 429 / 99991400) after the wait it asks for, and a request that never left
 * (`ConnectionError.notSent`). Everything else is classified for the writer.
 */
export async function sendCreate(body: CreatePreHireBody, options: SendCreateOptions): Promise<SendResult> {
  const { feishu, endsAt, signal } = options;
  for (let attempt = 0; ; attempt++) {
    const left = endsAt - Date.now();
    if (left <= 0) return { kind: 'not-applied', error: 'the create could not be sent within its window' };
    try {
      const { pre_hire_id } = await feishu.preHires.create(body, {
        maxRetries: 0,
        deadline: left,
        timeout: left,
        signal,
      });
      if (!pre_hire_id) return { kind: 'uncertain', error: 'Feishu answered the create without a pre_hire_id' };
      return { kind: 'created', preHireId: pre_hire_id };
    } catch (error) {
      const message = errorMessage(error);
      if (InputValidationError.isInstance(error)) return { kind: 'refused', error: message };
      const wait = RateLimitError.isInstance(error)
        ? (error.retryAfterMs ?? 1000)
        : ConnectionError.isInstance(error) && error.notSent
          ? Math.min(250 * 2 ** attempt, 4000)
          : undefined;
      if (wait !== undefined) {
        if (Date.now() + wait >= endsAt) return { kind: 'not-applied', error: message };
        try {
          await sleep(wait, undefined, { signal });
        } catch {
          return { kind: 'not-applied', error: message };
        }
        continue;
      }
      if (AuthenticationError.isInstance(error) || PermissionDeniedError.isInstance(error))
        return { kind: 'not-applied', error: message };
      // A documented 4xx (or a failure code on a 2xx): Feishu refused this request.
      if (APIError.isInstance(error) && error.status < 500) return { kind: 'refused', error: message };
      return { kind: 'uncertain', error: message };
    }
  }
}
