import type { HireSource } from '../checkpoint/types.js';

/** The checkpoint key of an ATS hire, e.g. `moka:47200001`. */
export function hireKey(source: HireSource, recordId: string): string {
  return `${source}:${recordId}`;
}

/**
 * The `out_biz_id` sent with "Create pre-hire": derived only from the ATS and its record id, so
 * every process, every retry and every restart sends the same one for the same hire. Feishu
 * applies one create per `out_biz_id` and answers a repeat with the existing `pre_hire_id`
 * (https://open.feishu.cn/document/server-docs/corehr-v1/pre_hire/create, as `@hr/feishu-corehr`
 * documents it). Feishu's page documents no length or character rule for it; the ids used here
 * are short and ASCII, e.g. `hire-to-onboard:moka:47200001`.
 */
export function outBizIdFor(source: HireSource, recordId: string): string {
  return `hire-to-onboard:${source}:${recordId}`;
}
