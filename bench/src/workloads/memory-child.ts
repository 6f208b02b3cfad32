// Run by the memory workload in a fresh process with --expose-gc: iterates the listing and samples memory.
import { MokaClient } from '@hr/moka';
import { PAGE_SIZE } from '../canned/moka-candidates.js';

const [baseUrl, total, every] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function sample(items: number) {
  gc!();
  const { rss, heapUsed } = process.memoryUsage();
  return { items, rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 };
}

const moka = new MokaClient({ apiKey: 'bench-moka-api-key', baseUrl, rateLimit: false });
const samples = [sample(0)];
const started = Date.now();
let items = 0;
for await (const _candidate of moka.candidates.list({ stage: 'offer', limit: PAGE_SIZE })) {
  if (++items % every === 0) samples.push(sample(items));
}
if (items !== total) throw new Error(`listed ${items} candidates, expected ${total}`);
process.send!({ samples, seconds: (Date.now() - started) / 1000 });
