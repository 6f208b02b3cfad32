// The snippets that use Redis need what @hr/redis's own tests need: one throwaway redis-server for
// the run (`redisUrl`), skipped with a reason outside CI when none starts (`notRunBecause`, which the
// run's summary line reports), a failure in CI. Same server, same policy: its global setup.
export { default } from '../../packages/redis/test/support/global-setup.js';
