import { lazySchema, schemaFor } from '@hr/core/internal';
import { z } from 'zod';

/** A user embedded in another record (author, owner, candidate). */
export interface UserReference {
  /** The user's id. */
  _id?: string | null;
  /** The user's display name. */
  displayName?: string | null;
  /** The user's email (not always present). */
  email?: string | null;
}

/** The shape of {@link UserReference}; richer user records extend it. */
const userReferenceShape = () => ({
  _id: z.string().nullish(),
  displayName: z.string().nullish(),
  email: z.string().nullish(),
});

/** Schema of {@link UserReference}. */
export const UserReferenceSchema = lazySchema(() => schemaFor<UserReference>()(z.looseObject(userReferenceShape())));

/** The signed-in user returned with an authentication token. */
export interface AuthUser extends UserReference {
  /** First name. */
  firstName?: string | null;
  /** Last name. */
  lastName?: string | null;
  /** Role of the user, e.g. `user`. */
  roles?: string | string[] | null;
  /** Unique user name, e.g. `john-doe`. */
  username?: string | null;
  /** Whether the account's email is confirmed. */
  verified?: boolean | null;
}

/** Schema of {@link AuthUser}. */
export const AuthUserSchema = lazySchema(() =>
  schemaFor<AuthUser>()(
    z.looseObject({
      ...userReferenceShape(),
      firstName: z.string().nullish(),
      lastName: z.string().nullish(),
      roles: z.union([z.string(), z.array(z.string())]).nullish(),
      username: z.string().nullish(),
      verified: z.boolean().nullish(),
    }),
  ),
);
