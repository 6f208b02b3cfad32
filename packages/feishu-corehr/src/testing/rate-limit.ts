import { feishuRateLimited } from './envelope.js';
import type { FeishuSandboxState } from './state.js';

/**
 * Records a call of `bucket` against its documented limits (per minute, and per second when given)
 * and returns the documented rate-limit answer when one is exceeded (undefined when within them).
 */
export function limited(
  state: FeishuSandboxState,
  bucket: string,
  perMinute: number,
  perSecond?: number,
): Response | undefined {
  const wait =
    (perSecond === undefined ? undefined : state.rateLimited(`${bucket}:s`, perSecond, 1000)) ??
    state.rateLimited(`${bucket}:min`, perMinute, 60_000);
  return wait === undefined ? undefined : feishuRateLimited(perSecond ?? perMinute, wait);
}
