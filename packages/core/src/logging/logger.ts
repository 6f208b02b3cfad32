/** A console-like logger. `console` itself fits. */
export interface Logger {
  /** Every request and response (redacted). */
  debug(message: string, ...args: unknown[]): void;
  /** Retries, token refreshes. */
  info(message: string, ...args: unknown[]): void;
  /** Response drift, fallbacks. */
  warn(message: string, ...args: unknown[]): void;
  /** Failures. */
  error(message: string, ...args: unknown[]): void;
}

/** How much the SDK logs: `debug` shows every request and response (redacted). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/**
 * Filters by level and prefixes every line with the package name. Callers pass already-redacted
 * data; the client builds everything it logs through its Redactor.
 */
export class LevelLogger {
  readonly #target: Logger;
  readonly #threshold: number;
  readonly #prefix: string;

  constructor(target: Logger, level: LogLevel, prefix: string) {
    this.#target = target;
    this.#threshold = RANK[level];
    this.#prefix = prefix;
  }

  /** Whether messages at `level` are emitted (lets callers skip building expensive messages). */
  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] >= this.#threshold;
  }

  /** Logs at debug level. */
  debug(message: string, data?: Record<string, unknown>): void {
    this.#emit('debug', message, data);
  }
  /** Logs at info level. */
  info(message: string, data?: Record<string, unknown>): void {
    this.#emit('info', message, data);
  }
  /** Logs at warn level. */
  warn(message: string, data?: Record<string, unknown>): void {
    this.#emit('warn', message, data);
  }
  /** Logs at error level. */
  error(message: string, data?: Record<string, unknown>): void {
    this.#emit('error', message, data);
  }

  #emit(level: Exclude<LogLevel, 'off'>, message: string, data?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    try {
      if (data === undefined) this.#target[level](`[${this.#prefix}] ${message}`);
      else this.#target[level](`[${this.#prefix}] ${message}`, data);
    } catch {
      // A logger that throws must never replace the outcome of the call that was logging.
    }
  }
}
