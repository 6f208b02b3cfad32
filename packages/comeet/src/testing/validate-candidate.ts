import { MESSAGES, comeetError } from './errors.js';
import type { ComeetSandboxState } from './state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_FILE_BYTES = 6 * 1024 * 1024;

/** Comeet's content checks on a posted candidate, answering the documented error bodies. */
export function checkCandidateBody(body: Record<string, unknown>, state: ComeetSandboxState): Response | undefined {
  for (const field of ['position_uid', 'first_name', 'last_name']) {
    if (typeof body[field] !== 'string' || body[field] === '') {
      return comeetError(400, 'required_field', MESSAGES.required_field(field));
    }
  }
  if (body.email !== undefined && !EMAIL.test(String(body.email))) {
    return comeetError(400, 'invalid_email', MESSAGES.invalid_email(String(body.email)));
  }
  if (
    body.linkedin_url !== undefined &&
    !/^https?:\/\/([a-z]{2,3}\.)?linkedin\.com\//i.test(String(body.linkedin_url))
  ) {
    return comeetError(400, 'invalid_linkedin_url', MESSAGES.invalid_linkedin_url(String(body.linkedin_url)));
  }
  for (const link of asArray(body.links)) {
    if (!URL.canParse(String(link.url))) return comeetError(400, 'invalid_url', MESSAGES.invalid_url(String(link.url)));
  }
  const address = body.address as Record<string, unknown> | undefined;
  if (address?.country !== undefined && !/^[A-Z]{2,3}$/i.test(String(address.country))) {
    return comeetError(400, 'incorrect_country_code', MESSAGES.incorrect_country_code(String(address.country)));
  }
  for (const name of Object.keys((body.custom_fields as Record<string, unknown> | undefined) ?? {})) {
    if (!state.customFields.has(name)) {
      return comeetError(400, 'invalid_custom_candidate_field', MESSAGES.invalid_custom_candidate_field(name));
    }
  }
  const contact = body.source_contact as Record<string, unknown> | undefined;
  if (contact) {
    if (!contact.full_name)
      return comeetError(400, 'required_field', MESSAGES.required_field('source_contact.full_name'));
    if (!contact.email) return comeetError(400, 'required_field', MESSAGES.required_field('source_contact.email'));
    const known = state.sourceContacts.get(String(contact.email));
    if (known !== undefined && known !== contact.full_name) {
      return comeetError(400, 'source_contact_conflict', MESSAGES.source_contact_conflict(String(contact.email)));
    }
  }
  for (const file of asArray(body.files)) {
    if (Buffer.byteLength(String(file.file ?? ''), 'base64') > MAX_FILE_BYTES) {
      return comeetError(403, 'file_size_limit', MESSAGES.file_size_limit(String(file.name)));
    }
  }
  return undefined;
}

function asArray(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}
