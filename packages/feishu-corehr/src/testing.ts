/**
 * `@hr/feishu-corehr/testing`: a stateful fake of Feishu CoreHR (custom and store app tokens, v1 and v2
 * pre-hires, the onboarding lifecycle, events pushed to a registered URL or over the long connection)
 * for tests and examples.
 */
export {
  type FeishuSandbox,
  type RunningFeishuSandbox,
  createFeishuSandbox,
  startFeishuSandbox,
} from './testing/sandbox.js';
export {
  type FeishuSandboxOptions,
  FeishuSandboxState,
  type RepeatedOutBizId,
  type SandboxCreateFault,
  SANDBOX_APP_ID,
  SANDBOX_APP_SECRET,
} from './testing/state.js';
export type { SandboxCreateChecks } from './testing/create-checks.js';
export { feishuHandlers } from './testing/handlers.js';
export { feishuError, feishuOk, feishuRateLimited, newLogId } from './testing/envelope.js';
export { SANDBOX_COST_CENTERS, seedPreHires } from './testing/seed.js';
export {
  type SandboxDelivery,
  SandboxEventPusher,
  type SandboxEventSubscription,
  type SandboxUrlVerification,
} from './testing/events.js';
export { toPreHireV2 } from './testing/seed-v2.js';
export {
  type SandboxAck,
  type SandboxHandshakeRefusal,
  SandboxLongConnection,
  type SandboxLongConnectionOptions,
} from './testing/ws-server.js';
