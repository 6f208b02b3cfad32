/**
 * `@hr/coodesh/internal`: what the client is built from: the response mapper and the error body it
 * reads, the body fields redacted as secrets, route parsing and the JSONLogic encoding of list
 * filters. No stability promise: any of it may change in any release. Applications use
 * `@hr/coodesh`.
 */
export { mapCoodeshResponse, type CoodeshErrorBody } from './envelope.js';
export { COODESH_SECRET_FIELDS } from './constants.js';
export { ROUTE_METHODS, describeRoute, type ParsedRoute } from './routing/route.js';
export { encodeJsonLogic } from './models/inputs.js';
