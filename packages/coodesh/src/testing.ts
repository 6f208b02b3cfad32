export {
  createCoodeshSandbox,
  startCoodeshSandbox,
  type CoodeshSandbox,
  type RunningCoodeshSandbox,
} from './testing/sandbox.js';
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
export type { SandboxUpload, ReceivedFile } from './testing/uploads.js';
export { SANDBOX_ROUTES, CATALOGUE_LIST_SIZE, type CatalogueExample } from './testing/catalogue-routes.js';
export { CATALOGUE_EXAMPLES } from './generated/catalogue-examples.js';
