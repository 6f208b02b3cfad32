export { createCoodeshSandbox, startCoodeshSandbox, type CoodeshSandbox, type RunningCoodeshSandbox } from './testing/sandbox.js';
export {
  CoodeshSandboxState,
  SANDBOX_API_KEY,
  SANDBOX_ACCOUNT,
  type CoodeshSandboxOptions,
  type AtsEnvelopeShape,
  type SandboxAttempt,
  type SandboxAccount,
  type WebhookDelivery,
} from './testing/state.js';
export { nestError } from './testing/nest-errors.js';
