// Run by the memory workload in a fresh process with --expose-gc: iterates the listing and samples memory.
// Mode `sdk` lists through @hr/moka; mode `floor` pages by hand with undici + JSON.parse, for comparison.
import { request } from 'undici';
import { MokaClient } from '@hr/moka';
import { PAGE_SIZE } from '../canned/moka-candidates.js';

const [mode, baseUrl, total, every] = [
  process.argv[2],
  process.argv[3]!,
  Number(process.argv[4]),
  Number(process.argv[5]),
];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function sample(items: number) {
  gc!();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { items, rssMB: mb(rss), heapMB: mb(heapUsed), heapTotalMB: mb(heapTotal), externalMB: mb(external) };
}

async function* sdkListing(): AsyncIterable<unknown> {
  const moka = new MokaClient({ apiKey: 'bench-moka-api-key', baseUrl, rateLimit: false });
  yield* moka.candidates.list({ stage: 'offer', limit: PAGE_SIZE });
}

async function* floorListing(): AsyncIterable<unknown> {
  let next: string | undefined;
  do {
    const res = await request(
      `${baseUrl}/data/ehrApplications?stage=offer&limit=${PAGE_SIZE}${next ? `&next=${next}` : ''}`,
    );
    const page = JSON.parse(await res.body.text()) as { data: unknown[]; next?: string };
    yield* page.data;
    next = page.next;
  } while (next);
}

const samples = [sample(0)];
const started = Date.now();
let items = 0;
for await (const _candidate of mode === 'floor' ? floorListing() : sdkListing()) {
  if (++items % every === 0) samples.push(sample(items));
}
if (items !== total) throw new Error(`listed ${items} candidates, expected ${total}`);
process.send!({ samples, seconds: (Date.now() - started) / 1000 });
