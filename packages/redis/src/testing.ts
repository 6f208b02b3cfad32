export { startRedisServer, freePort, type RedisServer } from './testing/redis-server.js';
