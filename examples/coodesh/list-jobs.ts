import { runWhenEntryPoint } from '../shared/entry.js';
import { type Connection, connect } from './connect.js';

/** Lists every job matching a search, page by page (4 pages prefetched at a time), with a progress line. */
export async function listJobs(
  { client }: Connection,
  search = process.env.COODESH_SEARCH ?? 'developer',
): Promise<void> {
  const listing = client.jobs.list({ search, pageSize: 10 }, { prefetch: 4 });
  const titles: string[] = [];
  for await (const page of listing.pages()) {
    titles.push(
      ...page.items.map(
        (job) =>
          `${job.title} · ${job.company?.company_name ?? '?'} · ${job.home_office_formatted ?? job.home_office ?? ''}`,
      ),
    );
    const { page: number, totalPages, totalDocs } = page.data;
    const progress = `  jobs matching "${search}": page ${number}/${totalPages} · ${titles.length}/${totalDocs}`;
    // One line rewritten in place on a terminal; only the last state elsewhere (CI logs).
    if (process.stdout.isTTY) process.stdout.write(`\r${progress}`);
    else if (!page.hasNextPage) process.stdout.write(progress);
  }
  process.stdout.write('\n');
  for (const title of titles.slice(0, 3)) console.log(`  - ${title}`);
  if (titles.length > 3) console.log(`  ... and ${titles.length - 3} more`);
}

await runWhenEntryPoint(import.meta.url, connect, (connection) => listJobs(connection));
