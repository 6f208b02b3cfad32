import { HIRE_STATES, type HireCheckpoint, WRITE_BACK_OUTCOMES, type WriteBackOutcome } from './types.js';

/**
 * The structure of what the checkpoint stores, checked where it is read (at open, and for Redis at
 * every read): a checkpoint edited by hand, written by another program or damaged is refused with
 * the problem and the place named, never used. Using it would lose the exactly-once bookkeeping
 * silently (a map that is an array drops every write) or fail every write.
 */

/** Paths are written `hires["moka:1"].state`. */
export const at = (path: string, key: string) => `${path}[${JSON.stringify(key)}]`;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, for messages: `an array`, `null`, `a number`... */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** "must be <what>, got <kind>" when `ok` is false. */
const expect = (ok: boolean, path: string, what: string, value: unknown, problems: string[]) => {
  if (!ok) problems.push(`${path}: must be ${what}, got ${kindOf(value)}`);
};

const isNonEmptyString = (value: unknown) => typeof value === 'string' && value !== '';
const isIsoTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isStringArray = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The problems of an object map: not a plain object, or an entry failing `check`. */
function mapProblems(
  value: unknown,
  path: string,
  check: (entry: unknown, entryPath: string, key: string) => string[],
): string[] {
  if (!isPlainObject(value)) return [`${path}: must be an object (a map), got ${kindOf(value)}`];
  return Object.entries(value).flatMap(([key, entry]) => check(entry, at(path, key), key));
}

const RECORD_FIELDS = new Set([
  'source',
  'recordId',
  'outBizId',
  'state',
  'preHireId',
  'via',
  'body',
  'sends',
  'sentAt',
  'gaps',
  'error',
  'review',
  'writtenBack',
  'updatedAt',
]);

/** The problems of one hire record found at `path` (empty when it is a usable `HireCheckpoint`). */
export function recordProblems(value: unknown, path: string): string[] {
  if (!isPlainObject(value)) return [`${path}: must be a hire record (an object), got ${kindOf(value)}`];
  const problems: string[] = [];
  const r = value;
  for (const name of Object.keys(r))
    if (!RECORD_FIELDS.has(name)) problems.push(`${path}.${name}: is not a field of a hire record`);
  if (r.source !== 'moka' && r.source !== 'comeet')
    problems.push(`${path}.source: must be "moka" or "comeet", got ${JSON.stringify(r.source) ?? 'nothing'}`);
  expect(isNonEmptyString(r.recordId), `${path}.recordId`, 'a non-empty string', r.recordId, problems);
  expect(isNonEmptyString(r.outBizId), `${path}.outBizId`, 'a non-empty string', r.outBizId, problems);
  if (!(HIRE_STATES as readonly unknown[]).includes(r.state))
    problems.push(
      `${path}.state: must be one of ${HIRE_STATES.join(', ')}, got ${JSON.stringify(r.state) ?? 'nothing'}`,
    );
  expect(isIsoTime(r.updatedAt), `${path}.updatedAt`, 'an ISO time', r.updatedAt, problems);
  const optional = (name: string, ok: (v: unknown) => boolean, what: string) => {
    if (r[name] !== undefined) expect(ok(r[name]), `${path}.${name}`, what, r[name], problems);
  };
  optional('preHireId', isNonEmptyString, 'a non-empty string');
  optional('via', (v) => v === 'create' || v === 'lookup' || v === 'operator', '"create", "lookup" or "operator"');
  optional(
    'body',
    (v) => isPlainObject(v) && isPlainObject(v.basic_info) && isPlainObject(v.offer_info),
    'a create body (basic_info and offer_info objects)',
  );
  optional('sends', (v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a non-negative integer');
  optional('sentAt', isIsoTime, 'an ISO time');
  optional('error', (v) => typeof v === 'string', 'a string');
  optional('writtenBack', isStringArray, 'a list of strings');
  optional(
    'gaps',
    (v) =>
      Array.isArray(v) &&
      v.every((gap) => isPlainObject(gap) && ['field', 'source', 'reason'].every((k) => typeof gap[k] === 'string')),
    'a list of { field, source, reason }',
  );
  optional(
    'review',
    (v) =>
      isPlainObject(v) &&
      typeof v.reason === 'string' &&
      Array.isArray(v.candidates) &&
      v.candidates.every(
        (c) =>
          isPlainObject(c) && isNonEmptyString(c.preHireId) && isStringArray(c.matched) && isStringArray(c.conflicting),
      ) &&
      Number.isSafeInteger(v.uncertainSends) &&
      isIsoTime(v.at),
    'review evidence ({ reason, candidates, uncertainSends, at })',
  );
  if (problems.length > 0) return problems;
  // What each state needs to be acted on.
  if ((r.state === 'created' || r.state === 'confirming') && r.preHireId === undefined)
    problems.push(`${path}: a ${String(r.state)} hire needs its preHireId`);
  if ((r.state === 'received' || r.state === 'pending' || r.state === 'confirming') && r.body === undefined)
    problems.push(`${path}: a ${String(r.state)} hire needs its create body`);
  if (r.state === 'needs_review' && r.review === undefined)
    problems.push(`${path}: a hire parked for review needs its review evidence`);
  return problems;
}

/** The problems of a write-back entry: key `<hire key> <outcome>`, value `due` or `done`. */
export function writeBackProblems(value: unknown, path: string, key: string): string[] {
  const problems: string[] = [];
  if (parseWriteBackField(key) === undefined)
    problems.push(`${path}: the key must be "<hire key> <outcome>" with outcome ${WRITE_BACK_OUTCOMES.join(' or ')}`);
  if (value !== 'due' && value !== 'done')
    problems.push(`${path}: must be "due" or "done", got ${JSON.stringify(value)}`);
  return problems;
}

/** The key of a write-back entry. */
export const writeBackField = (key: string, outcome: WriteBackOutcome) => `${key} ${outcome}`;

/** `[hire key, outcome]` of a write-back entry key, or undefined when it is not one. */
export function parseWriteBackField(field: string): [string, WriteBackOutcome] | undefined {
  const space = field.lastIndexOf(' ');
  const [key, outcome] = [field.slice(0, space), field.slice(space + 1)];
  return space > 0 && (WRITE_BACK_OUTCOMES as readonly string[]).includes(outcome)
    ? [key, outcome as WriteBackOutcome]
    : undefined;
}

/** The content of `checkpoint.json`. */
export interface CheckpointFile {
  version: 1;
  hires: Record<string, HireCheckpoint>;
  cursors: Record<string, string>;
  writeBacks?: Record<string, 'due' | 'done'>;
}

/** The problems of a parsed `checkpoint.json` (empty when it is usable). */
export function checkpointFileProblems(data: unknown): string[] {
  if (!isPlainObject(data)) return [`the file must hold an object, got ${kindOf(data)}`];
  const problems: string[] = [];
  if (data.version !== 1) problems.push(`version: must be 1, got ${JSON.stringify(data.version) ?? 'nothing'}`);
  for (const name of Object.keys(data))
    if (!['version', 'hires', 'cursors', 'writeBacks'].includes(name))
      problems.push(`${name}: is not a checkpoint key`);
  problems.push(...mapProblems(data.hires, 'hires', (record, path) => recordProblems(record, path)));
  problems.push(
    ...mapProblems(data.cursors, 'cursors', (cursor, path) =>
      typeof cursor === 'string' ? [] : [`${path}: must be a string, got ${kindOf(cursor)}`],
    ),
  );
  if (data.writeBacks !== undefined) problems.push(...mapProblems(data.writeBacks, 'writeBacks', writeBackProblems));
  return problems;
}

/** The problems of a parsed `seen.json`: `{ version: 1, seen: { key: expiry epoch ms } }`. */
export function seenFileProblems(data: unknown): string[] {
  if (!isPlainObject(data)) return [`the file must hold an object, got ${kindOf(data)}`];
  const problems: string[] = [];
  if (data.version !== 1) problems.push(`version: must be 1, got ${JSON.stringify(data.version) ?? 'nothing'}`);
  problems.push(
    ...mapProblems(data.seen, 'seen', (expiry, path) =>
      typeof expiry === 'number' && Number.isFinite(expiry)
        ? []
        : [`${path}: must be an expiry time in ms, got ${kindOf(expiry)}`],
    ),
  );
  return problems;
}

/** The most problems named in one message (the rest are counted). */
const SHOWN = 5;

/** The error refusing a malformed checkpoint: what and where, and what to do. */
export function malformedCheckpoint(where: string, problems: readonly string[]): Error {
  const shown = problems.slice(0, SHOWN).join('; ');
  const more = problems.length > SHOWN ? ` (and ${problems.length - SHOWN} more)` : '';
  return new Error(`${where} is malformed: ${shown}${more}. Fix or move it, then restart (it was not changed)`);
}
