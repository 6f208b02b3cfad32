import { afterAll, expect } from 'vitest';

/**
 * Counts unhandled promise rejections and uncaught exceptions in this test file's process. Vitest
 * reports them too; the counter makes the invariant explicit and names what escaped.
 */
const escaped: { kind: string; reason: unknown }[] = [];
const onRejection = (reason: unknown) => escaped.push({ kind: 'unhandledRejection', reason });
const onException = (error: unknown) => escaped.push({ kind: 'uncaughtException', reason: error });
process.on('unhandledRejection', onRejection);
process.on('uncaughtException', onException);

afterAll(async () => {
  // Let rejections of promises dropped at the very end surface before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtException', onException);
  expect(escaped.map((e) => `${e.kind}: ${String(e.reason)}`)).toEqual([]);
});
