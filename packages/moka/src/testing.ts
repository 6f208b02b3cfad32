export { createMokaSandbox, startMokaSandbox, type MokaSandbox, type RunningMokaSandbox } from './testing/sandbox.js';
export {
  MokaSandboxState,
  type MokaSandboxOptions,
  type SandboxUser,
  type SandboxDepartment,
  type SandboxCandidate,
  type SandboxStage,
  type SandboxJob,
} from './testing/state.js';
export { mokaHandlers, SANDBOX_OFFER_CUSTOM_FIELDS } from './testing/handlers.js';
export { checkBasicAuth, checkCredentials, type SandboxAuthFailure } from './testing/auth.js';
export { buildCandidate, type CandidateOverrides } from './testing/candidate-factory.js';
export { DOC_EXAMPLE_CANDIDATE_PAGE } from './testing/doc-example.js';
export { MokaSandboxWebhooks, type MokaWebhookDelivery, type SandboxPushOptions } from './testing/webhooks.js';
