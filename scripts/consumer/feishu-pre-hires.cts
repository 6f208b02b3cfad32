// Service code of a CommonJS consumer: only the package's main entry, no msw, no Node types needed.
import { FeishuCoreHRClient } from '@hr/feishu-corehr';

export function feishuClient(appId: string, appSecret: string, baseUrl?: string): FeishuCoreHRClient {
  return new FeishuCoreHRClient({ appId, appSecret, baseUrl });
}

/** How many pre-hires there are, across pages. */
export async function countPreHires(feishu: FeishuCoreHRClient): Promise<number> {
  let count = 0;
  for await (const preHire of feishu.preHires.list({ page_size: 10 })) if (preHire.id) count++;
  return count;
}
