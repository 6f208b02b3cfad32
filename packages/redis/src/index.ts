export { VERSION } from './version.js';
export { RedisTokenStore, type RedisTokenStoreOptions } from './token-store.js';
export { RedisRateLimiter, type RedisRateLimiterOptions } from './rate-limiter.js';
export { RedisSeenStore, type RedisSeenStoreOptions } from './seen-store.js';
export { tokenKey, type TokenKeyParts } from './token-key.js';
export type { RedisSharingOptions } from './options.js';
export type { RedisClient } from './redis-connection.js';
