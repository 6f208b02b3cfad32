/**
 * Test and sandbox helpers: serve msw handlers over real loopback HTTP, with transport faults.
 * Requires `msw` (a peer dependency).
 */
export { serveHandlers, type SandboxServer, type RecordedRequest } from './testing/serve.js';
export { faults, sequence, FAULT_HEADER } from './testing/faults.js';
export { captureLogger, type CapturedLog } from './testing/capture-logger.js';
