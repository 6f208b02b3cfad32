import type {
  AcceptInviteBody,
  OAuthBody,
  ResetPasswordBody,
  SamlBody,
  SamlCallbackBody,
  SigninBody,
  SignupBody,
} from '../models/auth.js';
import type { CoodeshRequestOptions, ResponseSchemaOptions } from '../scope.js';
import { CoodeshResource } from './base.js';

/**
 * Authentication (`/auth`): API-key validation, sign-in and sign-up, invitations, passwords, OAuth
 * and SAML single sign-on, account confirmation. Passwords, tokens, invite tokens, OAuth codes and
 * SAML assertions are secrets: they never appear in logs or errors.
 */
export class Auth extends CoodeshResource {
  /**
   * Checks the API key sent in the `x-api-key` header and returns its metadata (key name, provider,
   * owning company, author, creation and last-use dates). `GET /auth/validate`.
   * A wrong key rejects with `AuthenticationError` (401).
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link AuthenticationError} (401) for a wrong key.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  validate(options?: CoodeshRequestOptions) {
    return this.send('auth.validate', {}, options);
  }

  /**
   * Sets a new password using a password-reset token (`newPassword` must equal `confirmPassword`:
   * checked before sending); returns a confirmation message and the user. `POST /auth/reset/:token`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), `newPassword` differs from `confirmPassword`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  resetPassword(token: string, body: ResetPasswordBody, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send('auth.resetPassword', { path: { token }, body }, options);
  }

  /**
   * Given an email, tells which authentication provider the account uses (e.g. `local`) and whether it
   * has a password, so a client can choose the login flow. `POST /auth/connect`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  connect(body: { email: string }, options?: CoodeshRequestOptions) {
    return this.send('auth.connect', { body }, options);
  }

  /**
   * Signs in with email and password, optionally joining a workspace through an invite token; returns
   * a JWT (`token`, a secret), the user, an `isNew` flag, the next `flow` and the `provider`.
   * `POST /auth/signin` (answers 201). Wrong credentials reject with `AuthenticationError`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link AuthenticationError} for wrong credentials.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  signin(body: SigninBody, options?: CoodeshRequestOptions) {
    return this.send('auth.signin', { body }, options);
  }

  /**
   * Creates a user account (optionally creating a company for admin sign-up), with address, privacy
   * consent, UTM tracking, plan and product-module choices; returns the same token payload as sign-in.
   * `POST /auth/signup` (answers 201). Rules checked before sending: `password` unless
   * `generatePassword` is true; `displayName`, or both `firstName` and `lastName`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), no `password` without `generatePassword`, or neither `displayName` nor
   * `firstName` + `lastName`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  signup(body: SignupBody, options?: CoodeshRequestOptions) {
    return this.send('auth.signup', { body }, options);
  }

  /**
   * Reads a workspace invitation by token: workspace whitelabel (name, colours), whether a password is
   * required and the invited user id/email. `GET /auth/invite/:token`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  retrieveInvite(token: string, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send('auth.retrieveInvite', { path: { token } }, options);
  }

  /**
   * Accepts a workspace invitation by registering or signing in the invited person; returns the sign-in
   * token payload. `POST /auth/invite/:token`. The password is optional if the workspace does not
   * allow password login; give `displayName`, or both `firstName` and `lastName`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or neither `displayName` nor `firstName` + `lastName`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  acceptInvite(token: string, body: AcceptInviteBody, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send('auth.acceptInvite', { path: { token }, body }, options);
  }

  /**
   * Requests a password-recovery email for an account. `POST /auth/forgot/password`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  forgotPassword(body: { email: string }, options?: CoodeshRequestOptions) {
    return this.send('auth.forgotPassword', { body }, options);
  }

  /**
   * Signs in or up with Facebook OAuth (an authorization `code` or an `access_token` is required);
   * returns the sign-in token payload. `POST /auth/facebook`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or neither `code` nor `access_token`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  facebook(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send('auth.facebook', { body }, options);
  }

  /**
   * Signs in or up with Google OAuth (`code` or `access_token`); returns the sign-in token payload. `POST
   * /auth/google`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or neither `code` nor `access_token`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  google(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send('auth.google', { body }, options);
  }

  /**
   * Signs in or up with GitHub OAuth (`code` or `access_token`); returns the sign-in token payload. `POST
   * /auth/github`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or neither `code` nor `access_token`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  github(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send('auth.github', { body }, options);
  }

  /**
   * Signs in or up with LinkedIn OAuth (`code` or `access_token`); returns the sign-in token payload. `POST
   * /auth/linkedin`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or neither `code` nor `access_token`; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  linkedin(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send('auth.linkedin', { body }, options);
  }

  /**
   * Starts SAML single sign-on, resolving the identity provider from the email domain or directly from a
   * SAML provider `id` (one of them is required). `POST /auth/saml`. The answer is not documented
   * (probably a redirect or an identity-provider URL): it is returned as received (`unknown`), or
   * checked and typed by the zod schema you pass as `responseSchema`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or neither `email` nor `id`, or `responseSchema` is not a zod schema;
   * nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  saml<T = unknown>(body: SamlBody, options?: ResponseSchemaOptions<T>) {
    return this.send('auth.saml', { body }, options);
  }

  /**
   * SAML assertion-consumer callback: posts the base64 `SAMLResponse` and `RelayState` returned by the
   * identity provider. `POST /auth/saml/callback`. Identity providers usually post this as a form; the
   * reference shows JSON. The answer is not documented: it is returned as received (`unknown`), or
   * checked and typed by the zod schema you pass as `responseSchema`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or `responseSchema` is not a zod schema; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  samlCallback<T = unknown>(body: SamlCallbackBody, options?: ResponseSchemaOptions<T>) {
    return this.send('auth.samlCallback', { body }, options);
  }

  /**
   * Re-sends the account-confirmation email. `POST /auth/confirmation`. The answer is not documented:
   * it is returned as received (`unknown`), or checked and typed by the zod schema you pass as
   * `responseSchema`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats), or `responseSchema` is not a zod schema; nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  resendConfirmation<T = unknown>(body: { email: string }, options?: ResponseSchemaOptions<T>) {
    return this.send('auth.resendConfirmation', { body }, options);
  }

  /**
   * Confirms (verifies) an account with the emailed token; returns a message and the user with
   * `verified: true`. `PUT /auth/confirmation/:token`.
   *
   * @throws {@link InputValidationError} when an argument breaks a rule the catalogue states (required fields
   * and headers, types, formats); nothing is sent.
   * @throws {@link APIError} for any failure Coodesh answers, by status (the reference documents no errors
   * per operation): {@link InvalidRequestError} (400, 422), {@link AuthenticationError} (401, a missing or
   * wrong key), {@link PermissionDeniedError} (403), {@link NotFoundError} (404), {@link ConflictError}
   * (409), {@link RateLimitError} (429) and {@link ServerError} (5xx) after the retries.
   * @throws {@link ConnectionError} when Coodesh cannot be reached ({@link TimeoutError} when an attempt or
   * the deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  confirm(token: string, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send('auth.confirm', { path: { token } }, options);
  }
}
