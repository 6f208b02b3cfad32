/**
 * The name of the fault-injection switch: `HIRE_TO_ONBOARD_CRASH_AFTER_CREATE=<n>` makes the
 * process kill itself (SIGKILL, no cleanup, like a power cut or an OOM kill) right after the n-th
 * pre-hire Feishu created, before that creation reaches the checkpoint: the crash window
 * exactly-once has to survive. For tests and for trying it yourself; never set it in production.
 */
export const CRASH_AFTER_CREATE_ENV = 'HIRE_TO_ONBOARD_CRASH_AFTER_CREATE';

/** The crash point to call after each create, or undefined when the switch is off. */
export function crashPointFromEnv(env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  const value = env[CRASH_AFTER_CREATE_ENV];
  if (value === undefined || value === '') return undefined;
  const after = Number(value);
  if (!Number.isInteger(after) || after < 1) throw new Error(`${CRASH_AFTER_CREATE_ENV} must be a positive integer`);
  let created = 0;
  return () => {
    if (++created < after) return;
    console.error(`[fault] ${CRASH_AFTER_CREATE_ENV}=${after}: killing the process before the checkpoint is saved`);
    process.kill(process.pid, 'SIGKILL');
  };
}
