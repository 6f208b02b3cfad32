import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { runWhenEntryPoint } from '../shared/entry.js';
import { type Connection, connect } from './connect.js';

/**
 * Exports every offer-stage candidate to an NDJSON file (one candidate per line), oldest first, with a
 * progress line per page. The incremental pull also yields the cursor a scheduled job would save.
 * The file is MOKA_EXPORT_PATH; without it, a temporary file that is removed at the end.
 */
export async function exportOfferCandidates({ client, target }: Connection): Promise<void> {
  const keep = process.env['MOKA_EXPORT_PATH'];
  const scratch = keep ? undefined : await mkdtemp(join(tmpdir(), 'moka-export-'));
  const path = keep ?? join(scratch!, 'offer-candidates.ndjson');
  try {
    const out = createWriteStream(path);
    let count = 0;
    let cursor: string | undefined;
    try {
      for await (const page of client.candidates.pull({ stage: 'offer' })) {
        // The pull ends with an empty page (nothing after the cursor): nothing to write or report.
        if (page.candidates.length === 0) continue;
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
    const { size } = await stat(path);
    const where = keep ? path : 'a temporary file (removed again: set MOKA_EXPORT_PATH to keep it)';
    console.log(`[moka] wrote ${count} candidate(s), ${size} bytes, to ${where}`);
    console.log(`[moka] cursor to save for the next run: ${cursor ?? '(none)'}`);
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

await runWhenEntryPoint(import.meta.url, connect, exportOfferCandidates);
