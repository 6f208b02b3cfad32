import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Connection } from './connect.js';

/**
 * Exports every offer-stage candidate to an NDJSON file (one candidate per line), oldest first, with a
 * progress line per page. The incremental pull also yields the cursor a scheduled job would save.
 */
export async function exportOfferCandidates({ client, target }: Connection): Promise<void> {
  const path = process.env['MOKA_EXPORT_PATH'] ?? join(tmpdir(), `moka-offer-candidates-${Date.now()}.ndjson`);
  const out = createWriteStream(path);
  let count = 0;
  let cursor: string | undefined;
  try {
    for await (const page of client.candidates.pull({ stage: 'offer' })) {
      for (const candidate of page.candidates) {
        if (!out.write(`${JSON.stringify(candidate)}\n`)) await once(out, 'drain');
      }
      count += page.candidates.length;
      cursor = page.cursor;
      const line = `[moka] ${target}: exported ${count} offer-stage candidate(s)…`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else console.log(line);
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`[moka] wrote ${count} candidate(s) to ${path}; cursor to save for the next run: ${cursor ?? '(none)'}`);
}
