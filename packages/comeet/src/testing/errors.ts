import { HttpResponse } from 'msw';

/**
 * Comeet's error body, `{ status, error, message, ... }`, with the messages of the documented Error
 * responses table.
 */
export function comeetError(status: number, error: string, message: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json({ status, error, message, ...extra }, { status });
}

/** The documented messages, by error string. */
export const MESSAGES = {
  required_field: (field: string) => `You must include this required field: "${field}"`,
  invalid_email: (email: string) => `The provided email address is invalid: "${email}"`,
  invalid_linkedin_url: (url: string) => `The provided LinkedIn URL is invalid: "${url}"`,
  invalid_url: (url: string) => `The provided URL is invalid: "${url}"`,
  source_contact_conflict: (email: string) =>
    `The provided email address of the source contact already exists and belongs to another source: "${email}"`,
  incorrect_country_code: (code: string) => `The provided country code does not conform to ISO 3166: "${code}"`,
  invalid_custom_candidate_field: (name: string) => `The provided custom candidate field "${name}" does not exist`,
  duplicate_candidate: () =>
    'You are trying to access a candidate that was removed since it was a duplicate of another candidate',
  file_size_limit: (name: string) => `The provided file exceeds size limit of 6MB: "${name}"`,
  position_not_found: () => 'The provided position id was not found at the specified account',
  not_found: () => 'The provided ID could not be found',
  candidate_post_conflict: () =>
    'Candidate with provided partner_candidate_id already exists in position with status in progress',
  invalid_datetime: (value: string) => `The provided time format is invalid: "${value}"`,
  candidate_not_found: () => 'Candidate not found',
  too_many_requests: (limit: number, windowMs: number) =>
    `You have reached your allowed limit of ${limit} requests per ${windowMs / 1000} seconds`,
} as const;
