import { HttpResponse } from 'msw';
import { nestError } from '../nest-errors.js';
import type { Route } from '../router.js';
import { SANDBOX_ACCOUNT, sandboxToken, type CoodeshSandboxState } from '../state.js';
import { fields, violations } from './validation.js';

const created = (body: unknown) => HttpResponse.json(body as Record<string, unknown>, { status: 201 });

/** The `/auth` routes: API-key validation, sign-in/up, invitations, passwords, OAuth, SAML, confirmation. */
export function authRoutes(state: CoodeshSandboxState): Route[] {
  const tokenPayload = (email: string, isNew: boolean, provider = 'local') => {
    const account = state.accounts.get(email);
    return { token: sandboxToken(), user: account?.user, isNew, flow: 'dashboard', provider };
  };
  const register = (body: Record<string, unknown>) => {
    const email = String(body.email);
    const name = (body.displayName as string | undefined) ?? `${body.firstName ?? ''} ${body.lastName ?? ''}`.trim();
    state.accounts.set(email, { password: String(body.password ?? sandboxToken()), user: state.newUser(email, name) });
  };
  const oauth = (provider: string): Route => ({
    method: 'POST',
    path: `/auth/${provider}`,
    handle: ({ body }) => {
      const b = fields(body);
      if (!b.code && !b.access_token) return nestError(400, 'code or access_token is required');
      const email = `${provider}-user@coodesh.test`;
      const isNew = !state.accounts.has(email);
      if (isNew) register({ email, displayName: `${provider} user` });
      return created(tokenPayload(email, isNew, provider));
    },
  });

  return [
    {
      method: 'GET',
      path: '/auth/validate',
      handle: ({ request }) =>
        HttpResponse.json({
          _id: '507f1f77bcf86cd799439011',
          name: 'Sandbox API Key',
          last_used: new Date().toISOString(),
          created: '2024-01-10T08:00:00.000Z',
          provider: 'coodesh',
          company: 'Sandbox Workspace',
          author: 'Demo User',
          workspace: request.headers.get('x-workspace-id'),
        }),
    },
    {
      method: 'POST',
      path: '/auth/reset/:token',
      handle: ({ params, body }) => {
        const email = state.resetTokens.get(params.token!);
        if (!email) return nestError(404, 'Password reset token is invalid or has expired');
        const b = fields(body);
        if (b.newPassword !== b.confirmPassword) return nestError(400, ['confirmPassword must match newPassword']);
        state.accounts.get(email)!.password = String(b.newPassword);
        state.resetTokens.delete(params.token!);
        return created({ message: 'Password has been set successfully', user: state.accounts.get(email)!.user });
      },
    },
    {
      method: 'POST',
      path: '/auth/connect',
      handle: ({ body }) => {
        const email = String(fields(body).email);
        if (!state.accounts.has(email)) return nestError(404, 'User not found');
        return created({ email, provider: 'local', password: true });
      },
    },
    {
      method: 'POST',
      path: '/auth/signin',
      handle: ({ body }) => {
        const b = fields(body);
        const account = state.accounts.get(String(b.email));
        if (!account || account.password !== b.password) return nestError(401, 'Invalid email or password');
        return created(tokenPayload(String(b.email), false));
      },
    },
    {
      method: 'POST',
      path: '/auth/signup',
      handle: ({ body }) => {
        const b = fields(body);
        const messages = violations(b, { email: 'email' });
        if (messages.length > 0) return nestError(400, messages);
        if (state.accounts.has(String(b.email))) return nestError(409, 'Email already registered');
        register(b);
        return created(tokenPayload(String(b.email), true));
      },
    },
    {
      method: 'GET',
      path: '/auth/invite/:token',
      handle: ({ params }) => {
        const email = state.invites.get(params.token!);
        if (!email) return nestError(404, 'Invite not found');
        return HttpResponse.json({
          _id: '60d5ecb74e4d2a001f9a1234',
          whitelabel: { name: 'Sandbox Workspace', primaryColor: '#6C5CE7', secondaryColor: '#A29BFE' },
          password: true,
          invited: { user: null, email },
        });
      },
    },
    {
      method: 'POST',
      path: '/auth/invite/:token',
      handle: ({ params, body }) => {
        const email = state.invites.get(params.token!);
        if (!email) return nestError(404, 'Invite not found');
        const b = fields(body);
        if (b.email !== email) return nestError(403, 'This invitation belongs to another email');
        if (!state.accounts.has(email)) register(b);
        state.invites.delete(params.token!);
        return created(tokenPayload(email, true));
      },
    },
    {
      method: 'POST',
      path: '/auth/forgot/password',
      handle: () => created({ message: 'Operation completed successfully' }),
    },
    oauth('facebook'),
    oauth('google'),
    oauth('github'),
    oauth('linkedin'),
    {
      method: 'POST',
      path: '/auth/saml',
      handle: ({ body }) => {
        const b = fields(body);
        if (!b.email && !b.id) return nestError(400, 'email or id is required');
        return created({ url: 'https://idp.sandbox.test/sso?SAMLRequest=sandbox' });
      },
    },
    {
      method: 'POST',
      path: '/auth/saml/callback',
      handle: ({ body }) => {
        if (!fields(body).SAMLResponse) return nestError(400, ['SAMLResponse should not be empty']);
        return created(tokenPayload(SANDBOX_ACCOUNT.email, false, 'saml'));
      },
    },
    {
      method: 'POST',
      path: '/auth/confirmation',
      handle: () => created({ message: 'Confirmation email sent' }),
    },
    {
      method: 'PUT',
      path: '/auth/confirmation/:token',
      handle: ({ params }) => {
        const email = state.confirmationTokens.get(params.token!);
        if (!email) return nestError(404, 'Confirmation token is invalid or has expired');
        const account = state.accounts.get(email)!;
        account.user.verified = true;
        return HttpResponse.json({ message: 'User account has been confirmed', user: account.user });
      },
    },
  ];
}
