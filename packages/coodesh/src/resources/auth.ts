import { defineOperation, lazySchema } from '@hr/core';
import { z } from 'zod';
import {
  AcceptInviteBodySchema,
  ApiKeyInfoSchema,
  AuthResultSchema,
  ConnectResultSchema,
  EmailBodySchema,
  OAuthBodySchema,
  ResetPasswordBodySchema,
  SamlBodySchema,
  SamlCallbackBodySchema,
  SigninBodySchema,
  SignupBodySchema,
  UserMessageResultSchema,
  WorkspaceInviteSchema,
  type AcceptInviteBody,
  type OAuthBody,
  type ResetPasswordBody,
  type SamlBody,
  type SamlCallbackBody,
  type SigninBody,
  type SignupBody,
} from '../models/auth.js';
import { MessageResultSchema } from '../models/common.js';
import type { CoodeshRequestOptions } from '../scope.js';
import { CoodeshResource, pathParams } from './base.js';

const TokenPath = pathParams(['token']);
/** The SAML start answer is not documented (probably a redirect or an identity-provider URL). */
const UndocumentedResult = lazySchema(() => z.unknown());

const validate = defineOperation({
  id: 'auth.validate',
  method: 'GET',
  path: '/auth/validate',
  response: ApiKeyInfoSchema,
});
const resetPassword = defineOperation({
  id: 'auth.resetPassword',
  method: 'POST',
  path: '/auth/reset/:token',
  pathParams: TokenPath,
  body: ResetPasswordBodySchema,
  response: UserMessageResultSchema,
});
const connect = defineOperation({
  id: 'auth.connect',
  method: 'POST',
  path: '/auth/connect',
  body: EmailBodySchema,
  response: ConnectResultSchema,
});
const signin = defineOperation({
  id: 'auth.signin',
  method: 'POST',
  path: '/auth/signin',
  body: SigninBodySchema,
  response: AuthResultSchema,
});
const signup = defineOperation({
  id: 'auth.signup',
  method: 'POST',
  path: '/auth/signup',
  body: SignupBodySchema,
  response: AuthResultSchema,
});
const retrieveInvite = defineOperation({
  id: 'auth.retrieveInvite',
  method: 'GET',
  path: '/auth/invite/:token',
  pathParams: TokenPath,
  response: WorkspaceInviteSchema,
});
const acceptInvite = defineOperation({
  id: 'auth.acceptInvite',
  method: 'POST',
  path: '/auth/invite/:token',
  pathParams: TokenPath,
  body: AcceptInviteBodySchema,
  response: AuthResultSchema,
});
const forgotPassword = defineOperation({
  id: 'auth.forgotPassword',
  method: 'POST',
  path: '/auth/forgot/password',
  body: EmailBodySchema,
  response: MessageResultSchema,
});
const oauth = (provider: 'facebook' | 'google' | 'github' | 'linkedin') =>
  defineOperation({
    id: `auth.${provider}`,
    method: 'POST',
    path: `/auth/${provider}`,
    body: OAuthBodySchema,
    response: AuthResultSchema,
  });
const facebook = oauth('facebook');
const google = oauth('google');
const github = oauth('github');
const linkedin = oauth('linkedin');
const saml = defineOperation({
  id: 'auth.saml',
  method: 'POST',
  path: '/auth/saml',
  body: SamlBodySchema,
  response: UndocumentedResult,
});
const samlCallback = defineOperation({
  id: 'auth.samlCallback',
  method: 'POST',
  path: '/auth/saml/callback',
  body: SamlCallbackBodySchema,
  response: UndocumentedResult,
});
const resendConfirmation = defineOperation({
  id: 'auth.resendConfirmation',
  method: 'POST',
  path: '/auth/confirmation',
  body: EmailBodySchema,
  response: UndocumentedResult,
});
const confirm = defineOperation({
  id: 'auth.confirm',
  method: 'PUT',
  path: '/auth/confirmation/:token',
  pathParams: TokenPath,
  response: UserMessageResultSchema,
});

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
   */
  validate(options?: CoodeshRequestOptions) {
    return this.send(validate, {}, options);
  }

  /**
   * Sets a new password using a password-reset token (`newPassword` must equal `confirmPassword`:
   * checked before sending); returns a confirmation message and the user. `POST /auth/reset/:token`.
   */
  resetPassword(token: string, body: ResetPasswordBody, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send(resetPassword, { path: { token }, body }, options);
  }

  /**
   * Given an email, tells which authentication provider the account uses (e.g. `local`) and whether it
   * has a password, so a client can choose the login flow. `POST /auth/connect`.
   */
  connect(body: { email: string }, options?: CoodeshRequestOptions) {
    return this.send(connect, { body }, options);
  }

  /**
   * Signs in with email and password, optionally joining a workspace through an invite token; returns
   * a JWT (`token`, a secret), the user, an `isNew` flag, the next `flow` and the `provider`.
   * `POST /auth/signin` (answers 201). Wrong credentials reject with `AuthenticationError`.
   */
  signin(body: SigninBody, options?: CoodeshRequestOptions) {
    return this.send(signin, { body }, options);
  }

  /**
   * Creates a user account (optionally creating a company for admin sign-up), with address, privacy
   * consent, UTM tracking, plan and product-module choices; returns the same token payload as sign-in.
   * `POST /auth/signup` (answers 201). Rules checked before sending: `password` unless
   * `generatePassword` is true; `displayName`, or both `firstName` and `lastName`.
   */
  signup(body: SignupBody, options?: CoodeshRequestOptions) {
    return this.send(signup, { body }, options);
  }

  /**
   * Reads a workspace invitation by token: workspace whitelabel (name, colours), whether a password is
   * required and the invited user id/email. `GET /auth/invite/:token`.
   */
  retrieveInvite(token: string, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send(retrieveInvite, { path: { token } }, options);
  }

  /**
   * Accepts a workspace invitation by registering or signing in the invited person; returns the sign-in
   * token payload. `POST /auth/invite/:token`. The password is optional if the workspace does not
   * allow password login; give `displayName`, or both `firstName` and `lastName`.
   */
  acceptInvite(token: string, body: AcceptInviteBody, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send(acceptInvite, { path: { token }, body }, options);
  }

  /** Requests a password-recovery email for an account. `POST /auth/forgot/password`. */
  forgotPassword(body: { email: string }, options?: CoodeshRequestOptions) {
    return this.send(forgotPassword, { body }, options);
  }

  /**
   * Signs in or up with Facebook OAuth (an authorization `code` or an `access_token` is required);
   * returns the sign-in token payload. `POST /auth/facebook`.
   */
  facebook(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send(facebook, { body }, options);
  }

  /** Signs in or up with Google OAuth (`code` or `access_token`); returns the sign-in token payload. `POST /auth/google`. */
  google(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send(google, { body }, options);
  }

  /** Signs in or up with GitHub OAuth (`code` or `access_token`); returns the sign-in token payload. `POST /auth/github`. */
  github(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send(github, { body }, options);
  }

  /** Signs in or up with LinkedIn OAuth (`code` or `access_token`); returns the sign-in token payload. `POST /auth/linkedin`. */
  linkedin(body: OAuthBody, options?: CoodeshRequestOptions) {
    return this.send(linkedin, { body }, options);
  }

  /**
   * Starts SAML single sign-on, resolving the identity provider from the email domain or directly from a
   * SAML provider `id` (one of them is required). `POST /auth/saml`. The answer is not documented
   * (probably a redirect or an identity-provider URL) and is returned as received.
   */
  saml(body: SamlBody, options?: CoodeshRequestOptions) {
    return this.send(saml, { body }, options);
  }

  /**
   * SAML assertion-consumer callback: posts the base64 `SAMLResponse` and `RelayState` returned by the
   * identity provider. `POST /auth/saml/callback`. Identity providers usually post this as a form; the
   * reference shows JSON. The answer is not documented and is returned as received.
   */
  samlCallback(body: SamlCallbackBody, options?: CoodeshRequestOptions) {
    return this.send(samlCallback, { body }, options);
  }

  /** Re-sends the account-confirmation email. `POST /auth/confirmation`. The answer is not documented. */
  resendConfirmation(body: { email: string }, options?: CoodeshRequestOptions) {
    return this.send(resendConfirmation, { body }, options);
  }

  /**
   * Confirms (verifies) an account with the emailed token; returns a message and the user with
   * `verified: true`. `PUT /auth/confirmation/:token`.
   */
  confirm(token: string, options?: CoodeshRequestOptions) {
    this.client.protectSecret(token);
    return this.send(confirm, { path: { token } }, options);
  }
}
