import { decodeCustomFieldValue, type PreHireQuery } from '@hr/feishu-corehr';
import { runWhenEntryPoint } from '../shared/entry.js';
import { type Connection, connect } from './connect.js';

function displayName(preHire: PreHireQuery): string {
  const field = preHire.custom_fields?.find((f) => f.field_name === 'name');
  return (field && decodeCustomFieldValue<string>(field)) ?? preHire.worker_id ?? '(no name)';
}

/** Lists every pre-hire, page by page, with a progress line per page and a summary by onboarding status. */
export async function listPreHires({ client }: Connection): Promise<void> {
  const byStatus = new Map<string, number>();
  let total = 0;
  let pageNumber = 0;
  for await (const page of client.preHires.list({ page_size: 10 }).pages()) {
    pageNumber++;
    total += page.items.length;
    for (const preHire of page.items) {
      const status = preHire.onboarding_status?.enum_name ?? 'unknown';
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    }
    const first = page.items[0];
    console.log(
      `  page ${pageNumber}: ${page.items.length} pre-hires (${total} so far${first ? `, first: ${displayName(first)}` : ''}) [logid ${page.response.requestId ?? '-'}]`,
    );
  }
  const summary = [...byStatus].map(([status, count]) => `${status} ${count}`).join(', ');
  console.log(`  ${total} pre-hires in ${pageNumber} pages: ${summary}`);
}

await runWhenEntryPoint(import.meta.url, connect, listPreHires);
