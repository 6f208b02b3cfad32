import type { Logger } from '@hr/core';

/** A logger that records every line, for asserting what was logged (and what was not). */
export function captureLogger(): {
  logger: Logger;
  lines: { level: string; text: string; at: number }[];
  warnings: () => string[];
} {
  const lines: { level: string; text: string; at: number }[] = [];
  const record =
    (level: string) =>
    (message: string, ...args: unknown[]) =>
      lines.push({ level, text: [message, ...args.map((arg) => JSON.stringify(arg))].join(' '), at: Date.now() });
  const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  return { logger, lines, warnings: () => lines.filter((line) => line.level === 'warn').map((line) => line.text) };
}
