import { inspect } from 'node:util';
import type { Logger } from '../logging/logger.js';

/** A logger that keeps every line, and the lines it kept. */
export interface CapturedLog {
  /** Pass it as a client's `logger` (with `logLevel: 'debug'` to see everything). */
  logger: Logger;
  /** Every line logged, arguments rendered in full (`util.inspect`, depth 10), in order. */
  lines: string[];
}

/**
 * A logger that records every line with its arguments rendered in full, for asserting what a
 * client logs (for example that no secret ever appears in a debug log).
 */
export function captureLogger(): CapturedLog {
  const lines: string[] = [];
  const record = (message: string, ...args: unknown[]) => {
    lines.push(
      [message, ...args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 10 })))].join(' '),
    );
  };
  return { lines, logger: { debug: record, info: record, warn: record, error: record } };
}
