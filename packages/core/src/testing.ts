/**
 * Test and sandbox helpers: serve msw handlers over real loopback HTTP, with transport faults.
 * Requires `msw` (a peer dependency).
 */
export * from './testing/index.js';
