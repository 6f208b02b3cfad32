import type { CreatePreHireBody } from '@hr/feishu-corehr';

/** A Feishu field the mapping could not fill, and why. */
export interface FieldGap {
  /** The Feishu create-body path, e.g. `offer_info.department_id`. */
  field: string;
  /** Where the value would come from in the ATS record, e.g. `offer.departmentCode`. */
  source: string;
  /** Why it is empty, in words a person fixing the data or the configuration understands. */
  reason: string;
}

/**
 * The outcome of mapping one ATS hire to a Feishu v2 "Create pre-hire" body. Nothing is guessed:
 * a value either comes from the ATS record, comes from the mapping configuration, or is reported.
 */
export interface MappingResult {
  /** The create body (without `out_biz_id`, which the writer adds); undefined when `missing` is not empty. */
  body: CreatePreHireBody | undefined;
  /** Fields the service requires that could not be filled: the hire is not created. */
  missing: FieldGap[];
  /** ATS values with a Feishu counterpart that were left out (no configured mapping): reported, not sent. */
  unmapped: FieldGap[];
}

/** Builds the result: a body only when nothing required is missing. */
export function mappingResult(body: CreatePreHireBody, missing: FieldGap[], unmapped: FieldGap[]): MappingResult {
  return { body: missing.length === 0 ? body : undefined, missing, unmapped };
}

/** One line per gap, for logs and webhook answers. */
export function describeGaps(gaps: readonly FieldGap[]): string {
  return gaps.map((gap) => `${gap.field} (from ${gap.source}): ${gap.reason}`).join('; ');
}

/** The gaps of many hires, grouped: one `field (from source) ×count: reason` line per distinct gap. */
export function groupGaps(gaps: readonly FieldGap[]): string[] {
  const counts = new Map<string, { gap: FieldGap; count: number }>();
  for (const gap of gaps) {
    const key = `${gap.field}\0${gap.source}\0${gap.reason}`;
    const group = counts.get(key) ?? { gap, count: 0 };
    group.count++;
    counts.set(key, group);
  }
  return [...counts.values()].map(({ gap, count }) => `${gap.field} (from ${gap.source}) ×${count}: ${gap.reason}`);
}
