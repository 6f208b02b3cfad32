import type { CreatePreHireBody, FeishuCoreHRClient, PreHireV2 } from '@hr/feishu-corehr';
import type { ReviewCandidate } from '../checkpoint/types.js';

/** What looking for a hire's pre-hire in Feishu found. */
export type LookupResult =
  /** Exactly one pre-hire matches a unique attribute and none contradicts: it is the hire's. */
  | { kind: 'found'; preHireId: string; matched: string[] }
  /** No pre-hire could be the hire's. */
  | { kind: 'none' }
  /** Cannot decide (several matches, a match that also contradicts, a name-only match): a person must look. */
  | { kind: 'undecided'; reason: string; candidates: ReviewCandidate[] };

/** The fields read of each pre-hire (the smallest set that identifies a person). */
const FIELDS = [
  'person_info.preferred_name',
  'person_info.name_list',
  'person_info.phone_list',
  'person_info.email_list',
  'employment_info.worker_id',
];

/** More pre-hires than this starting the same day (100 a page) is left to a person. */
const MAX_PAGES = 20;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Compares what a create sent with one pre-hire, attribute by attribute. */
function compare(body: CreatePreHireBody, preHire: PreHireV2): ReviewCandidate & { unique: number } {
  const person = preHire.person_info ?? {};
  const matched: string[] = [];
  const conflicting: string[] = [];
  const check = (name: string, ours: string | null | undefined, theirs: (string | null | undefined)[]) => {
    const known = theirs.filter((value): value is string => typeof value === 'string' && value !== '');
    if (!ours || known.length === 0) return;
    (known.some((value) => same(value, ours)) ? matched : conflicting).push(name);
  };
  // Unique per person among pre-hires (Feishu refuses a second pre-hire with the same phone, email
  // or employee number: 1161029, 1161027, 1161048 on the complete page).
  check(
    'phone',
    body.basic_info.phone_number,
    (person.phone_list ?? []).map((phone) => phone.phone_number),
  );
  check(
    'email',
    body.basic_info.email,
    (person.email_list ?? []).map((email) => email.email),
  );
  check('worker_id', body.basic_info.worker_id, [preHire.employment_info?.worker_id]);
  const unique = matched.length + conflicting.length;
  // Not unique: a name alone never identifies a person.
  check('name', body.basic_info.name?.full_name, [
    person.preferred_name,
    ...(person.name_list ?? []).map((name) => name.full_name),
  ]);
  return { preHireId: String(preHire.pre_hire_id), matched, conflicting, unique };
}

/**
 * Looks in Feishu for the pre-hire a create with `body` may have made: "Search pre-hires" on the
 * body's onboarding date (every page), then each result compared with what was sent. A candidate
 * is the hire's when it matches a unique attribute (phone, email, employee number) and contradicts
 * none; it is not when it contradicts them all, or shares nothing but a different name; anything
 * else (a name-only match, a match that also contradicts) is undecided.
 *
 * Search by `key_word` (Feishu: a fuzzy match on the preferred name) is not used: whether the
 * preferred name Feishu stores is the `full_name` sent is not documented, and a miss would read as
 * "none exists". The date is sent by us and read back as given.
 *
 * Feishu documents that search misses a pre-hire created in the last 5 seconds: call this only
 * once every create that could still land is older than that (see `PreHireWriter`).
 */
export async function findPreHire(
  feishu: Pick<FeishuCoreHRClient, 'preHires'>,
  body: CreatePreHireBody,
): Promise<LookupResult> {
  const date = body.offer_info.onboarding_date;
  if (!date)
    return { kind: 'undecided', reason: 'the create body has no onboarding date to search by', candidates: [] };
  const candidates: ReviewCandidate[] = [];
  let mine = 0;
  let pages = 0;
  for await (const page of feishu.preHires
    .search({ onboarding_date_start: date, onboarding_date_end: date, fields: FIELDS })
    .pages()) {
    if (++pages > MAX_PAGES)
      return { kind: 'undecided', reason: `more than ${MAX_PAGES * 100} pre-hires start on ${date}`, candidates };
    for (const preHire of page.items) {
      const { unique, ...candidate } = compare(body, preHire);
      const matchesUnique = candidate.matched.some((name) => name !== 'name');
      const ours = matchesUnique && candidate.conflicting.length === 0;
      const nameOnly = unique === 0 && candidate.matched.includes('name');
      if (ours) mine++;
      if (ours || nameOnly || (matchesUnique && candidate.conflicting.length > 0)) candidates.push(candidate);
    }
  }
  if (candidates.length === 0) return { kind: 'none' };
  if (mine === 1 && candidates.length === 1)
    return { kind: 'found', preHireId: candidates[0]!.preHireId, matched: candidates[0]!.matched };
  const reason =
    mine > 1
      ? `${mine} pre-hires match what was sent: Feishu may hold a duplicate`
      : mine === 1
        ? 'one pre-hire matches what was sent, and others could be this hire too'
        : 'pre-hires share the name and date but nothing unique could confirm or rule them out';
  return { kind: 'undecided', reason, candidates };
}
