import { inspect } from 'node:util';
import { AuthenticationError, InputValidationError, NotFoundError } from '@hr/core';
import { captureLogger } from '@hr/core/testing';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT } from '../src/testing.js';
import { useSandbox } from './helpers.js';

describe('auth', () => {
  const h = useSandbox();

  it('validates the API key', async () => {
    const info = await h.client().auth.validate();
    expect(h.server.requests[0]).toMatchObject({ method: 'GET', path: '/auth/validate' });
    expect(info.provider).toBe('coodesh');
  });

  it('signs in (POST /auth/signin, 201) and signs up (POST /auth/signup)', async () => {
    const session = await h.client().auth.signin({ email: SANDBOX_ACCOUNT.email, password: SANDBOX_ACCOUNT.password });
    expect(h.server.requests[0]).toMatchObject({ method: 'POST', path: '/auth/signin' });
    expect(session.token).toMatch(/^eyJ/);
    expect(session.user?.email).toBe(SANDBOX_ACCOUNT.email);
    const created = await h.client().auth.signup({
      email: 'new@coodesh.test',
      password: 'long-enough-1',
      firstName: 'New',
      lastName: 'User',
      roles: 'admin',
      companyName: 'NewCo',
    });
    expect(h.server.requests[1]).toMatchObject({ method: 'POST', path: '/auth/signup' });
    expect(created.isNew).toBe(true);
    expect(created.user?.displayName).toBe('New User');
  });

  it('checks the documented sign-up and reset rules before sending', async () => {
    const signup = await h
      .client()
      .auth.signup({ email: 'x@coodesh.test', firstName: 'Only' })
      .catch((e: unknown) => e);
    expect(signup).toBeInstanceOf(InputValidationError);
    expect((signup as InputValidationError).issues.map((i) => i.path).sort()).toEqual([
      'body.lastName',
      'body.password',
    ]);
    await expect(
      h.client().auth.signup({ email: 'x@coodesh.test', generatePassword: true, displayName: 'X' }),
    ).resolves.toMatchObject({ isNew: true });
    const reset = await h
      .client()
      .auth.resetPassword('sandbox-reset-token', { newPassword: 'N3wP@ssw0rd!', confirmPassword: 'other-pass' })
      .catch((e: unknown) => e);
    expect((reset as InputValidationError).issues).toEqual([
      expect.objectContaining({ path: 'body.confirmPassword', message: 'must match newPassword' }),
    ]);
    await expect(h.client().auth.google({ scope: 'email' })).rejects.toThrow(/body\.code: give code or access_token/);
    await expect(h.client().auth.saml({})).rejects.toThrow(/body\.email: give email or id/);
    expect(h.server.requests.map((r) => r.path)).toEqual(['/auth/signup']);
  });

  it('covers the invitation, password, OAuth, SAML and confirmation routes', async () => {
    const c = h.client();
    expect(await c.auth.connect({ email: SANDBOX_ACCOUNT.email })).toMatchObject({ provider: 'local', password: true });
    expect(await c.auth.forgotPassword({ email: SANDBOX_ACCOUNT.email })).toEqual({
      message: 'Operation completed successfully',
    });
    expect(
      (
        await c.auth.resetPassword('sandbox-reset-token', {
          newPassword: 'N3wP@ssw0rd!',
          confirmPassword: 'N3wP@ssw0rd!',
        })
      ).message,
    ).toBe('Password has been set successfully');
    expect((await c.auth.signin({ email: SANDBOX_ACCOUNT.email, password: 'N3wP@ssw0rd!' })).token).toBeTruthy();
    expect((await c.auth.retrieveInvite('sandbox-invite-token')).invited?.email).toBe('invited@coodesh.test');
    expect(
      (
        await c.auth.acceptInvite('sandbox-invite-token', {
          email: 'invited@coodesh.test',
          displayName: 'Invited Person',
          password: 'pw-123456',
        })
      ).isNew,
    ).toBe(true);
    for (const provider of ['facebook', 'google', 'github', 'linkedin'] as const) {
      expect((await c.auth[provider]({ code: 'oauth-code-123' })).provider).toBe(provider);
    }
    expect(await c.auth.saml({ email: 'someone@acme.com' })).toMatchObject({
      url: expect.stringContaining('SAMLRequest'),
    });
    expect(await c.auth.samlCallback({ SAMLResponse: 'PHNhbWxwOlJlc3BvbnNl', RelayState: 'state' })).toMatchObject({
      provider: 'saml',
    });
    expect(await c.auth.resendConfirmation({ email: SANDBOX_ACCOUNT.email })).toEqual({
      message: 'Confirmation email sent',
    });
    expect((await c.auth.confirm('sandbox-confirmation-token')).user?.verified).toBe(true);
    expect(h.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /auth/connect',
      'POST /auth/forgot/password',
      'POST /auth/reset/sandbox-reset-token',
      'POST /auth/signin',
      'GET /auth/invite/sandbox-invite-token',
      'POST /auth/invite/sandbox-invite-token',
      'POST /auth/facebook',
      'POST /auth/google',
      'POST /auth/github',
      'POST /auth/linkedin',
      'POST /auth/saml',
      'POST /auth/saml/callback',
      'POST /auth/confirmation',
      'PUT /auth/confirmation/sandbox-confirmation-token',
    ]);
  });
});

describe('secrets stay out of errors and logs', () => {
  const h = useSandbox({ apiKeys: ['live-api-key-5f3c9a'] });
  const secrets = ['live-api-key-5f3c9a', 'Hunter2-secret-pw', 'reset-token-8d7e6f', 'oauth-code-4a4a4a'];

  const exposed = (text: string) => secrets.filter((s) => text.includes(s));

  it('keeps the API key, passwords, path tokens and OAuth codes out of errors, serialized errors and debug logs', async () => {
    const { lines, logger } = captureLogger();
    const client = h.client({ apiKey: 'live-api-key-5f3c9a', logger, logLevel: 'debug' });
    const errors = [
      await client.auth
        .signin({ email: SANDBOX_ACCOUNT.email, password: 'Hunter2-secret-pw' })
        .catch((e: unknown) => e),
      await client.auth
        .resetPassword('reset-token-8d7e6f', { newPassword: 'Hunter2-secret-pw', confirmPassword: 'Hunter2-secret-pw' })
        .catch((e: unknown) => e),
      await client.auth
        .resetPassword('reset-token-8d7e6f', { newPassword: 'Hunter2-secret-pw', confirmPassword: 'x' })
        .catch((e: unknown) => e),
      await client.auth.confirm('reset-token-8d7e6f').catch((e: unknown) => e),
    ];
    expect(errors[0]).toBeInstanceOf(AuthenticationError);
    expect(errors[1]).toBeInstanceOf(NotFoundError);
    expect(errors[2]).toBeInstanceOf(InputValidationError);
    expect(errors[3]).toBeInstanceOf(NotFoundError);
    // the secrets really were sent
    expect(h.server.requests[0]!.body).toContain('Hunter2-secret-pw');
    expect(h.server.requests[1]!.path).toContain('reset-token-8d7e6f');
    for (const error of errors) {
      expect(exposed(JSON.stringify(error))).toEqual([]);
      expect(exposed(inspect(error, { depth: 10 }))).toEqual([]);
      expect(exposed(String((error as Error).stack))).toEqual([]);
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(exposed(lines.join('\n'))).toEqual([]);
  });

  it('keeps the session JWT of a successful sign-in and the OAuth code out of debug logs', async () => {
    const { lines, logger } = captureLogger();
    const client = h.client({ apiKey: 'live-api-key-5f3c9a', logger, logLevel: 'debug' });
    const session = await client.auth.github({ code: 'oauth-code-4a4a4a' });
    expect(session.token).toBeTruthy();
    const log = lines.join('\n');
    expect(log).not.toContain(session.token!);
    expect(exposed(log)).toEqual([]);
  });
});
