/**
 * Examples are safe by default: against a real vendor account (credentials in the environment) they
 * only read, and print what they would have written, unless the user opts in with `--live` on the
 * command line or `HR_LIVE=1`. Against the sandboxes they always write (nothing real is touched).
 */

/** What every example connection tells about where its calls go. */
export interface ExampleTarget {
  /** True when the calls go to a real vendor account (credentials came from the environment). */
  readonly real: boolean;
}

/** Whether the user opted in to writes against real accounts: `--live` or `HR_LIVE=1`. */
export function liveFlagSet(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes('--live') || env['HR_LIVE'] === '1';
}

/** Whether an example may write to `target`: always to a sandbox, to a real account only with the live flag. */
export function mayWrite(target: ExampleTarget): boolean {
  return !target.real || liveFlagSet();
}

/** The line a connection prints first against a real account, saying whether the examples will write. */
export function realAccountNotice(vendor: string): string {
  return liveFlagSet()
    ? `${vendor}: real account, LIVE: the examples write to it (--live / HR_LIVE=1 is set)`
    : `${vendor}: real account, read-only: writes are printed, not sent (pass --live or set HR_LIVE=1 to send them)`;
}

/**
 * Sends `write()` when the example may write to `target`; otherwise prints `would <action>` and the
 * `details` lines, sends nothing and resolves to undefined.
 */
export async function writeOrDescribe<T>(
  target: ExampleTarget,
  action: string,
  details: readonly string[],
  write: () => Promise<T>,
): Promise<T | undefined> {
  if (mayWrite(target)) return write();
  describeWrite(action, details);
  return undefined;
}

/** Prints what a write not sent would have done: `would <action>`, then the `details` lines. */
export function describeWrite(action: string, details: readonly string[] = []): void {
  console.log(`  [read-only] would ${action}; not sent (pass --live or set HR_LIVE=1 to send it)`);
  for (const line of details) console.log(`    ${line}`);
}
