/** `@hr/feishu-corehr/testing`: a stateful fake of Feishu CoreHR (tokens, pre-hires) for tests and examples. */
export {
  type FeishuSandbox,
  type RunningFeishuSandbox,
  createFeishuSandbox,
  startFeishuSandbox,
} from './testing/sandbox.js';
export { type FeishuSandboxOptions, FeishuSandboxState, SANDBOX_APP_ID, SANDBOX_APP_SECRET } from './testing/state.js';
export { feishuHandlers } from './testing/handlers.js';
export { feishuError, feishuOk, feishuRateLimited, newLogId } from './testing/envelope.js';
export { SANDBOX_COST_CENTERS, seedPreHires } from './testing/seed.js';
