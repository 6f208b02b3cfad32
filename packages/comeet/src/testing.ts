/** `@hr/comeet/testing`: a stateful fake of the Comeet Recruiting API for tests and examples. */
export {
  type ComeetSandbox,
  type RunningComeetSandbox,
  createComeetSandbox,
  startComeetSandbox,
} from './testing/sandbox.js';
export {
  type ComeetSandboxOptions,
  ComeetSandboxState,
  SANDBOX_API_KEY,
  SANDBOX_SECRET,
  SANDBOX_COMPANY_UID,
  SANDBOX_CAREERS_TOKEN,
  type SandboxAuthorization,
  type SandboxCandidate,
  type SandboxNote,
  type SandboxOpening,
  type SandboxPosition,
} from './testing/state.js';
export { comeetHandlers } from './testing/handlers.js';
export { comeetError } from './testing/errors.js';
export { ComeetSandboxWebhooks, type ComeetWebhookDelivery, type SandboxPositionAuth } from './testing/webhooks.js';
