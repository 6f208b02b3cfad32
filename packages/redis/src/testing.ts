export { startRedisServer, freePort, type RedisServer } from './testing/redis-server.js';
export { peakInWindow } from './testing/windows.js';
