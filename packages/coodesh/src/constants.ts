/** The production API host, as the Coodesh reference gives it. */
export const COODESH_BASE_URL = 'https://api.coodesh.com';

/** Content locales accepted in `x-language`. */
export const COODESH_LANGUAGES = ['pt', 'en', 'es'] as const;
/** A content locale: `pt`, `en` or `es`. */
export type CoodeshLanguage = (typeof COODESH_LANGUAGES)[number];

/**
 * Body and query keys that carry secrets in the Coodesh API (passwords, reset/invite tokens, OAuth
 * codes, SAML assertions), redacted from every log line and error, on top of the core's list
 * (`password`, `token`, `access_token`...).
 */
export const COODESH_SECRET_FIELDS = [
  'newPassword',
  'confirmPassword',
  'invite',
  'code',
  'SAMLResponse',
  'RelayState',
] as const;
