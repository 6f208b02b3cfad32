import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';
import { AuthUserSchema, type AuthUser } from './user.js';

// ---------------------------------------------------------------- responses

/** Metadata of a validated API key (`GET /auth/validate`). */
export interface ApiKeyInfo {
  /** The key's id. */
  _id?: string | null;
  /** The key's name, e.g. `Production API Key`. */
  name?: string | null;
  /** When the key was last used (ISO 8601). */
  last_used?: string | null;
  /** When the key was created (ISO 8601). */
  created?: string | null;
  /** Provider of the key, e.g. `coodesh`. */
  provider?: string | null;
  /** The company (workspace) owning the key. */
  company?: string | null;
  /** Who created the key. */
  author?: string | null;
}

/** Schema of {@link ApiKeyInfo}. */
export const ApiKeyInfoSchema = lazySchema(() =>
  schemaFor<ApiKeyInfo>()(
    z.looseObject({
      _id: z.string().nullish(),
      name: z.string().nullish(),
      last_used: z.string().nullish(),
      created: z.string().nullish(),
      provider: z.string().nullish(),
      company: z.string().nullish(),
      author: z.string().nullish(),
    }),
  ),
);

/** The token payload returned by sign-in, sign-up, invite acceptance and the OAuth providers. */
export interface AuthResult {
  /** The session JWT (a secret: never log it). */
  token?: string | null;
  /** The signed-in user. */
  user?: AuthUser | null;
  /** Whether the account was just created. */
  isNew?: boolean | null;
  /** The next flow for the client, e.g. `dashboard`. */
  flow?: string | null;
  /** The authentication provider, e.g. `local`. */
  provider?: string | null;
}

/** Schema of {@link AuthResult}. */
export const AuthResultSchema = lazySchema(() =>
  schemaFor<AuthResult>()(
    z.looseObject({
      token: z.string().nullish(),
      user: AuthUserSchema().nullish(),
      isNew: z.boolean().nullish(),
      flow: z.string().nullish(),
      provider: z.string().nullish(),
    }),
  ),
);

/** Which authentication provider an email uses (`POST /auth/connect`). */
export interface ConnectResult {
  /** The email asked about. */
  email?: string | null;
  /** The account's provider, e.g. `local`. */
  provider?: string | null;
  /** Whether the account has a password. */
  password?: boolean | null;
}

/** Schema of {@link ConnectResult}. */
export const ConnectResultSchema = lazySchema(() =>
  schemaFor<ConnectResult>()(
    z.looseObject({
      email: z.string().nullish(),
      provider: z.string().nullish(),
      password: z.boolean().nullish(),
    }),
  ),
);

/** A workspace's branding (invitations, certificates, attempt results). */
export interface Whitelabel {
  /** The workspace's id (sent with certificates and attempt results). */
  _id?: string | null;
  /** Workspace name, e.g. `Acme Corp`. */
  name?: string | null;
  /** Primary colour, e.g. `#6C5CE7`. */
  primaryColor?: string | null;
  /** Secondary colour, e.g. `#A29BFE`. */
  secondaryColor?: string | null;
}

/** Schema of {@link Whitelabel}. */
export const WhitelabelSchema = lazySchema(() =>
  schemaFor<Whitelabel>()(
    z.looseObject({
      _id: z.string().nullish(),
      name: z.string().nullish(),
      primaryColor: z.string().nullish(),
      secondaryColor: z.string().nullish(),
    }),
  ),
);

/** Who an invitation is for. */
export interface InvitedPerson {
  /** Id of the invited user. */
  user?: string | null;
  /** Email of the invited person. */
  email?: string | null;
}

/** A workspace invitation (`GET /auth/invite/:token`). */
export interface WorkspaceInvite {
  /** The invitation's id. */
  _id?: string | null;
  /** Branding of the inviting workspace. */
  whitelabel?: Whitelabel | null;
  /** Whether a password is required to accept. */
  password?: boolean | null;
  /** The invited person. */
  invited?: InvitedPerson | null;
}

/** Schema of {@link WorkspaceInvite}. */
export const WorkspaceInviteSchema = lazySchema(() =>
  schemaFor<WorkspaceInvite>()(
    z.looseObject({
      _id: z.string().nullish(),
      whitelabel: WhitelabelSchema().nullish(),
      password: z.boolean().nullish(),
      invited: z.looseObject({ user: z.string().nullish(), email: z.string().nullish() }).nullish(),
    }),
  ),
);

/** A confirmation message with the affected user (password reset, account confirmation). */
export interface UserMessageResult {
  /** Outcome, e.g. `Password has been set successfully`. */
  message?: string | null;
  /** The affected user (`verified: true` after a confirmation). */
  user?: AuthUser | null;
}

/** Schema of {@link UserMessageResult}. */
export const UserMessageResultSchema = lazySchema(() =>
  schemaFor<UserMessageResult>()(
    z.looseObject({
      message: z.string().nullish(),
      user: AuthUserSchema().nullish(),
    }),
  ),
);

// ---------------------------------------------------------------- inputs

/** Body holding one email (`POST /auth/connect`, `/auth/forgot/password`, `/auth/confirmation`). */
export interface EmailBody {
  /** The account's email address. */
  email: string;
}

/** Schema of {@link EmailBody}. */
export const EmailBodySchema = lazySchema(() => schemaFor<EmailBody>()(z.looseObject({ email: z.email() })));

/** Body of `POST /auth/reset/:token`; both values must match. */
export interface ResetPasswordBody {
  /** New password for the account. */
  newPassword: string;
  /** Confirm the new password (must match newPassword). */
  confirmPassword: string;
}

/** Schema of {@link ResetPasswordBody}. */
export const ResetPasswordBodySchema = lazySchema(() =>
  schemaFor<ResetPasswordBody>()(
    z
      .looseObject({ newPassword: z.string().min(1), confirmPassword: z.string().min(1) })
      .refine((b) => b.newPassword === b.confirmPassword, {
        message: 'must match newPassword',
        path: ['confirmPassword'],
      }),
  ),
);

/** Body of `POST /auth/signin`. */
export interface SigninBody {
  /** User email address. */
  email: string;
  /** User password. */
  password: string;
  /** Workspace invite token to join a company upon sign in. */
  invite?: string;
}

/** Schema of {@link SigninBody}. */
export const SigninBodySchema = lazySchema(() =>
  schemaFor<SigninBody>()(
    z.looseObject({
      email: z.email(),
      password: z.string().min(1),
      invite: z.string().min(1).optional(),
    }),
  ),
);

/** Role of a user. */
export const USER_ROLES = ['user', 'hunter', 'manager', 'admin'] as const;
/** Role of a user: `user`, `hunter`, `manager` or `admin`. */
export type UserRole = (typeof USER_ROLES)[number];

/** Privacy consent settings. */
export interface PrivacyConsent {
  /** Whether the person accepted the GDPR/LGPD terms. */
  gdpr?: boolean;
}

/** Schema of {@link PrivacyConsent}. */
export const PrivacyConsentSchema = lazySchema(() =>
  schemaFor<PrivacyConsent>()(z.looseObject({ gdpr: z.boolean().optional() })),
);

/** User address information given at sign-up. */
export interface SignupAddress {
  /** Country, e.g. `Brazil`. */
  country?: string;
  /** State, e.g. `Minas Gerais`. */
  state?: string;
  /** City, e.g. `Belo Horizonte`. */
  city?: string;
}

/** UTM tracking parameters accepted by sign-up and invite acceptance. */
export interface UtmTracking {
  /** UTM origin tracking parameter. */
  origin?: string;
  /** UTM content tracking parameter. */
  content?: string;
  /** UTM medium tracking parameter. */
  medium?: string;
  /** UTM campaign tracking parameter. */
  campaign?: string;
  /** UTM term tracking parameter. */
  term?: string;
}

/** Fields shared by sign-up and invite acceptance. */
export interface RegistrationBody extends UtmTracking {
  /** User email address. */
  email: string;
  /** User password. */
  password?: string;
  /** Full display name (alternative to firstName + lastName). */
  displayName?: string;
  /** User first name (required with lastName if displayName is not provided). */
  firstName?: string;
  /** User last name (required with firstName if displayName is not provided). */
  lastName?: string;
  /** User role: user, hunter, manager or admin. */
  roles?: UserRole;
  /** Workspace invite token. */
  invite?: string;
  /** Privacy consent settings. */
  privacy?: PrivacyConsent;
}

const registrationShape = () => ({
  email: z.email(),
  password: z.string().min(1).optional(),
  displayName: z.string().trim().min(1).optional(),
  firstName: z.string().trim().min(1).optional(),
  lastName: z.string().trim().min(1).optional(),
  roles: z.enum(USER_ROLES).optional(),
  invite: z.string().min(1).optional(),
  privacy: PrivacyConsentSchema().optional(),
  origin: z.string().optional(),
  content: z.string().optional(),
  medium: z.string().optional(),
  campaign: z.string().optional(),
  term: z.string().optional(),
});

/** The documented name rule: a displayName, or both firstName and lastName. */
function requireName(
  body: Pick<RegistrationBody, 'displayName' | 'firstName' | 'lastName'>,
  ctx: z.RefinementCtx,
): void {
  if (body.displayName || (body.firstName && body.lastName)) return;
  ctx.addIssue({
    code: 'custom',
    path: [body.firstName ? 'lastName' : 'firstName'],
    message: 'give displayName, or both firstName and lastName',
  });
}

/** Body of `POST /auth/signup`. */
export interface SignupBody extends RegistrationBody {
  /** Company name to create upon admin sign up. */
  companyName?: string;
  /** User address information. */
  address?: SignupAddress;
  /** Whether to generate a random password instead of using the provided one. */
  generatePassword?: boolean;
  /** Company tech team size, e.g. `11-50`. */
  tech_size?: string;
  /** Pricing plan selected on sign up, e.g. `free`. */
  plan?: string;
  /** Product modules selection (all, assessments, skills, hiring). */
  modules?: string;
}

/** Schema of {@link SignupBody}: a password unless generatePassword is set, and a name (see {@link RegistrationBody}). */
export const SignupBodySchema = lazySchema(() =>
  schemaFor<SignupBody>()(
    z
      .looseObject({
        ...registrationShape(),
        companyName: z.string().trim().min(1).optional(),
        address: z
          .looseObject({ country: z.string().optional(), state: z.string().optional(), city: z.string().optional() })
          .optional(),
        generatePassword: z.boolean().optional(),
        tech_size: z.string().optional(),
        plan: z.string().optional(),
        modules: z.string().optional(),
      })
      .superRefine((body, ctx) => {
        if (!body.password && !body.generatePassword) {
          ctx.addIssue({ code: 'custom', path: ['password'], message: 'required unless generatePassword is true' });
        }
        requireName(body, ctx);
      }),
  ),
);

/** Body of `POST /auth/invite/:token` (password optional if the workspace does not allow password login). */
export type AcceptInviteBody = RegistrationBody;

/** Schema of {@link AcceptInviteBody}. */
export const AcceptInviteBodySchema = lazySchema(() =>
  schemaFor<AcceptInviteBody>()(z.looseObject(registrationShape()).superRefine(requireName)),
);

/** Body shared by the Facebook, Google, GitHub and LinkedIn sign-in operations. */
export interface OAuthBody {
  /** OAuth authorization code returned by the provider. */
  code?: string;
  /** OAuth access token if already obtained from the provider. */
  access_token?: string;
  /** OAuth redirect URI used in the authorization flow. */
  redirectUri?: string;
  /** OAuth scopes requested from the provider, e.g. `email profile`. */
  scope?: string;
}

/** Schema of {@link OAuthBody}: an authorization code or an access token is needed. */
export const OAuthBodySchema = lazySchema(() =>
  schemaFor<OAuthBody>()(
    z
      .looseObject({
        code: z.string().min(1).optional(),
        access_token: z.string().min(1).optional(),
        redirectUri: z.url().optional(),
        scope: z.string().optional(),
      })
      .refine((b) => b.code !== undefined || b.access_token !== undefined, {
        message: 'give code or access_token',
        path: ['code'],
      }),
  ),
);

/** Body of `POST /auth/saml`. */
export interface SamlBody {
  /** User email address to resolve the SAML identity provider via domain. */
  email?: string;
  /** SAML provider ID to directly initiate SSO. */
  id?: string;
}

/** Schema of {@link SamlBody}: an email or a provider id is needed. */
export const SamlBodySchema = lazySchema(() =>
  schemaFor<SamlBody>()(
    z
      .looseObject({ email: z.email().optional(), id: z.string().min(1).optional() })
      .refine((b) => b.email !== undefined || b.id !== undefined, {
        message: 'give email or id',
        path: ['email'],
      }),
  ),
);

/** Body of `POST /auth/saml/callback`, as posted back by the identity provider. */
export interface SamlCallbackBody {
  /** SAML response XML (base64 encoded) returned by the identity provider. */
  SAMLResponse?: string;
  /** Relay state passed through the SAML flow. */
  RelayState?: string;
}

/** Schema of {@link SamlCallbackBody}. */
export const SamlCallbackBodySchema = lazySchema(() =>
  schemaFor<SamlCallbackBody>()(
    z.looseObject({
      SAMLResponse: z.string().min(1).optional(),
      RelayState: z.string().optional(),
    }),
  ),
);
