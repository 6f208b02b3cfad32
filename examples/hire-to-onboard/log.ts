/** Where the service writes its short, readable log lines. */
export interface Log {
  /** Progress and outcomes. */
  info(line: string): void;
  /** Something a person should look at (unmapped fields, skipped work). */
  warn(line: string): void;
  /** Failures. */
  error(line: string): void;
}

/** The console, one line per event. */
export const consoleLog: Log = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

/** The message of anything thrown, for a log line (SDK errors are already redacted). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
