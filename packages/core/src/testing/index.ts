export { serveHandlers, type SandboxServer, type RecordedRequest } from './serve.js';
export { faults, sequence, FAULT_HEADER } from './faults.js';
export { captureLogger, type CapturedLog } from './capture-logger.js';
