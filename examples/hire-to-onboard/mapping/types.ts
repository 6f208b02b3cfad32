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

/** Whether an ATS value is there: not undefined, null or the empty string. */
export function present<T>(value: T): value is NonNullable<T> {
  return value !== undefined && value !== null && value !== '';
}

/** Whether a value is a string with something other than spaces in it. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The create-body path of the name every pre-hire must have (this service's rule). */
const NAME_FIELD = 'basic_info.name.full_name';

/** A "Create pre-hire" body being filled from one ATS record, and the gaps found on the way. */
export class PreHireDraft {
  /** The body so far (`employment_type_id` comes from the configuration). */
  readonly body: CreatePreHireBody;
  readonly #missing: FieldGap[] = [];
  readonly #unmapped: FieldGap[] = [];

  constructor(employmentTypeId: string) {
    this.body = { basic_info: {}, offer_info: { employment_type_id: employmentTypeId } };
  }

  /** A required field that could not be filled: the hire is not created. */
  missing(field: string, source: string, reason: string): void {
    this.#missing.push({ field, source, reason });
  }

  /** An ATS value with a Feishu counterpart that is left out: reported, not sent. */
  unmapped(field: string, source: string, reason: string): void {
    this.#unmapped.push({ field, source, reason });
  }

  /** Reports as unmapped each `[value, field, source, reason]` whose value is present. */
  unmappedWhenPresent(entries: readonly (readonly [unknown, string, string, string])[]): void {
    for (const [value, field, source, reason] of entries) if (present(value)) this.unmapped(field, source, reason);
  }

  /**
   * The result: a body only when nothing required is missing. A body without a name is refused
   * here whatever the mapping did: that is this service's business rule, not Feishu's (Feishu's
   * definitions require no field inside `basic_info`, so its create would make a pre-hire with no
   * name that nobody can find by name).
   */
  result(): MappingResult {
    const missing = this.#missing;
    if (!missing.some((gap) => gap.field === NAME_FIELD) && !hasText(this.body.basic_info.name?.full_name))
      this.missing(
        NAME_FIELD,
        'the name fields',
        'the hire has no name (this service creates no pre-hire without one)',
      );
    return { body: missing.length === 0 ? this.body : undefined, missing, unmapped: this.#unmapped };
  }
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
