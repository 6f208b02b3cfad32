/**
 * The rule `pnpm check:docs` holds date and time fields to: a field whose name says it holds a date
 * or a time (`checkinDate`, `created_at`, `startTime`, `time_created:before`...) states its format
 * (`YYYY-MM-DD`, an ISO 8601 instant, epoch milliseconds...) or that the vendor's docs give none; and
 * a field holding an instant says that its calendar day depends on the time zone (an instant such as
 * `2018-09-20T16:30:00.000Z` sliced to a date is the wrong day in China). Which names say so:
 * `namesADateOrTime` (scripts/codegen/text.ts), shared with the generators.
 */

/** A format named (`YYYY-MM-DD`, ISO 8601, epoch, an example such as `2020-06-01`), or "no format" stated. */
const STATES_A_FORMAT = /YYYY|ISO[ -]?8601|\bepoch\b|\bUnix\b|`\d{4}[-/.]\d{1,2}|`\d{4}`|`\d{9,13}`|\bformat\b/i;
/** An instant: a time of day with a zone, an ISO 8601 time, or a count since the epoch. */
const HOLDS_AN_INSTANT = /T\d{2}:\d{2}|THH:mm|\bepoch\b|\bUnix\b|\binstant\b|`Date`|ISO[ -]?8601(?! date)/i;

/** What is wrong with the docs of a date or time field, or undefined. */
export function dateFieldProblem(text: string): string | undefined {
  const docs = text.replace(/\s+/g, ' ');
  if (!STATES_A_FORMAT.test(docs)) return 'states no format (nor that the vendor gives none)';
  if (HOLDS_AN_INSTANT.test(docs) && !/time zone/i.test(docs))
    return 'holds an instant but does not say its day depends on the time zone';
  return undefined;
}
