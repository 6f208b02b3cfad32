import { BatchError } from '../errors/client-errors.js';

/** Splits `items` into consecutive chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Batch size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Sends `items` as consecutive batches of at most `size`, one after another. When a batch fails,
 * later batches are not sent and the call rejects with a BatchError saying which batch failed,
 * which items were applied (earlier batches) and which were not sent.
 */
export async function runBatches<T, R>(
  items: readonly T[],
  size: number,
  send: (batch: T[], index: number) => Promise<R>,
  describeFailure?: (error: unknown, batch: T[], index: number) => Record<string, unknown>,
): Promise<R[]> {
  const batches = chunk(items, size);
  const results: R[] = [];
  for (const [index, batch] of batches.entries()) {
    try {
      results.push(await send(batch, index));
    } catch (cause) {
      throw new BatchError<T>({
        failedBatchIndex: index,
        batchCount: batches.length,
        applied: batches.slice(0, index).flat(),
        failedBatch: batch,
        notSent: batches.slice(index + 1).flat(),
        cause,
        details: describeFailure?.(cause, batch, index),
      });
    }
  }
  return results;
}
