import type { Redis } from 'ioredis';

/**
 * The checkpoint's Lua scripts, registered with ioredis's `defineCommand` (which runs them with
 * EVALSHA and falls back to EVAL). Each runs atomically on the server, so a check and the write it
 * guards cannot be interleaved with another process's.
 *
 * Leases follow Redis's documented single-instance lock
 * (https://redis.io/docs/latest/develop/clients/patterns/distributed-locks/): `SET key value NX PX
 * ttl` with a value unique to the holder, extended and deleted only by a script that checks the
 * value first. That page asks for fencing tokens on top ("You should implement fencing tokens"):
 * each acquisition increments a per-hire counter (`HINCRBY`, never expires) whose value is the
 * token, and every write under a lease checks that the token is still the current one
 * (Kleppmann, "How to do distributed locking", the fencing section).
 */
const SCRIPTS = {
  /** KEYS: lease, fences. ARGV: owner, ttl ms, hire key. The new fencing token, or nil when held. */
  hireToOnboardAcquire: {
    numberOfKeys: 2,
    lua: `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
local token = redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. token, 'PX', ARGV[2])
return token`,
  },
  /** KEYS: lease. ARGV: owner:token, ttl ms. 1 when extended, 0 when the lease is someone else's or gone. */
  hireToOnboardRenew: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
  },
  /** KEYS: lease. ARGV: owner:token. Deletes the lease only if it is still this holder's. */
  hireToOnboardRelease: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
  },
  /**
   * KEYS: hires, open. ARGV: hire key, record JSON, '1' when its state is open, replaceable states
   * (comma-separated). Stores the record unless one is stored whose state is not replaceable:
   * {1, stored} or {0, kept}.
   */
  hireToOnboardTakeIn: {
    numberOfKeys: 2,
    lua: `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local ok, record = pcall(cjson.decode, current)
  if not ok or type(record) ~= 'table' then
    return redis.error_reply('the checkpoint key ' .. KEYS[1] .. ' field ' .. ARGV[1] .. ' is not a hire record')
  end
  for state in string.gmatch(ARGV[4], '[^,]+') do
    if state == record.state then current = nil end
  end
  if current then return {0, current} end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if ARGV[3] == '1' then
  redis.call('SADD', KEYS[2], ARGV[1])
else
  redis.call('SREM', KEYS[2], ARGV[1])
end
return {1, ARGV[2]}`,
  },
  /**
   * KEYS: hires, open, pre-hires, fences. ARGV: hire key, token, record JSON, '1' when its state is
   * open, pre-hire ID or ''. 1 when written; 0 when the token is no longer the hire's current one
   * (nothing written).
   */
  hireToOnboardFencedPut: {
    numberOfKeys: 4,
    lua: `
if redis.call('HGET', KEYS[4], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[3], ARGV[5], ARGV[1]) end
if ARGV[4] == '1' then
  redis.call('SADD', KEYS[2], ARGV[1])
else
  redis.call('SREM', KEYS[2], ARGV[1])
end
return 1`,
  },
  /** KEYS: write-backs, fences. ARGV: entry key, hire key, token. Marks a write-back done, fenced like a put. */
  hireToOnboardFencedWrittenBack: {
    numberOfKeys: 2,
    lua: `
if redis.call('HGET', KEYS[2], ARGV[2]) ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], 'done')
return 1`,
  },
} as const;

/** A registered script: keys then arguments, as `numberOfKeys` says. */
type ScriptCall = (...keysAndArgs: (string | number)[]) => Promise<unknown>;

/** The scripts, callable on one connection. */
export type CheckpointScripts = Record<keyof typeof SCRIPTS, ScriptCall>;

/** Registers the scripts on `redis` (idempotent: the same definitions each time) and returns them. */
export function checkpointScripts(redis: Redis): CheckpointScripts {
  const commands = redis as unknown as Record<string, ScriptCall>;
  const scripts = {} as CheckpointScripts;
  for (const [name, definition] of Object.entries(SCRIPTS) as [
    keyof typeof SCRIPTS,
    (typeof SCRIPTS)[keyof typeof SCRIPTS],
  ][]) {
    if (typeof commands[name] !== 'function') redis.defineCommand(name, definition);
    scripts[name] = (...args) => commands[name]!.call(redis, ...args);
  }
  return scripts;
}
