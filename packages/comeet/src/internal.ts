/**
 * `@hr/comeet/internal`: what the clients are built from: the response mapper, the documented error
 * strings it classifies, and the lifetime of the tokens it mints. No stability promise: any of it may
 * change in any release. Applications use `@hr/comeet`.
 */
export { ERROR_KINDS, mapComeetResponse } from './envelope.js';
export { TOKEN_LIFETIME_SECONDS } from './client.js';
