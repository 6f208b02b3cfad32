import { z } from 'zod';
import { schemaFor } from '@hr/core/internal';
import type { UserLocale } from '../constants.js';

/**
 * The v2 user sync (`POST /v2/users/syncInfo`), from Moka's "同步人事信息" (v2) documentation
 * (https://www.mokahr.com/docs/api/ "用户API", as quoted by fxp/skillify
 * `skills/moka/references/ats-org-users.md` §8; the path also in Moka's integration index
 * https://mokahr.moyincloud.com/d/1631551948393103362.html). At most 100 users per call.
 */
export const MAX_USERS_PER_SYNC_V2 = 100;

/** Which field identifies a user in a v2 sync (`uniqueType`). */
export type UserUniqueType = 'email' | 'number' | 'phone';

/** One user of `POST /v2/users/syncInfo` (`usersInfo[]`). */
export interface MokaUserV2Input {
  /**
   * Which field decides whether the user already exists (required): `email`, `number` (employee
   * number) or `phone`. That field is then required and not empty.
   */
  uniqueType: UserUniqueType;
  /** Email. Required when `uniqueType` is `email`. */
  email?: string | undefined;
  /** Employee number. Required when `uniqueType` is `number`. */
  number?: string | undefined;
  /** Phone. Required when `uniqueType` is `phone`. */
  phone?: string | undefined;
  /** Name. */
  name?: string | undefined;
  /** Nickname (花名). */
  nickname?: string | undefined;
  /**
   * Role id (a custom or built-in role's id from `GET /v1/users/roles?type=all`): required when the
   * user is created. Unlike v1, v2 updates the role of an existing user. `roleId` is not the v1 `role`
   * code: Moka's integration guide warns the two are different things.
   */
  roleId?: number | undefined;
  /** Department codes of the user (required); an empty array means ALL departments. */
  departmentCode: string[];
  /** Whether the user is disabled (required): 0 available, 1 disabled. A user created with 1 is not created. */
  deactivated: 0 | 1;
  /** Email of the user's superior. An empty string CLEARS the reporting line (see `updateSuperiorEmail`). */
  superiorEmail?: string | undefined;
  /** Whether to update the user's departments. Moka's default when absent is TRUE (`departmentCode` replaces them). */
  updateDepartment?: boolean | undefined;
  /** Whether to update the superior. */
  updateSuperiorEmail?: boolean | undefined;
  /** 1 activates the account automatically; 0 (the default) leaves it to the user. */
  autoActivated?: 0 | 1 | undefined;
  /** Functional field used for SSO; an empty string when you have none. */
  thirdPartyId?: string | undefined;
  /** User language: `zh-CN` or `en-US`. */
  locale?: UserLocale | undefined;
  /** The user's time zone, e.g. `Asia/Shanghai`. */
  timezone?: string | undefined;
  /** Cost center code; applied only when the cost-center switch is on and the role is HR (30) or above. */
  costCenterCode?: string | undefined;
}

const UNIQUE_TYPES = ['email', 'number', 'phone'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const optionalText = z.string({ error: 'must be a string' }).optional();

export const MokaUserV2InputSchema = schemaFor<MokaUserV2Input>()(
  z
    .looseObject({
      uniqueType: z.enum(UNIQUE_TYPES, {
        error: 'is required: email, number or phone (the field that identifies the user)',
      }),
      email: optionalText,
      number: optionalText,
      phone: optionalText,
      name: optionalText,
      nickname: optionalText,
      roleId: z.number().int('must be an integer (a role id from GET /v1/users/roles)').optional(),
      departmentCode: z.array(z.string().min(1, 'must not be empty'), {
        error: 'must be an array of department codes ([] for all departments)',
      }),
      deactivated: z.union([z.literal(0), z.literal(1)], { error: 'must be 0 (available) or 1 (disabled)' }),
      superiorEmail: optionalText,
      updateDepartment: z.boolean().optional(),
      updateSuperiorEmail: z.boolean().optional(),
      autoActivated: z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }).optional(),
      thirdPartyId: optionalText,
      locale: z.enum(['zh-CN', 'en-US'], { error: 'must be zh-CN or en-US' }).optional(),
      timezone: z.string().min(1, 'must not be empty (e.g. Asia/Shanghai)').optional(),
      costCenterCode: optionalText,
    })
    .superRefine((user, ctx) => {
      const key = user.uniqueType;
      const value = user[key];
      if (typeof value !== 'string' || value.trim() === '') {
        ctx.addIssue({ code: 'custom', path: [key], message: `is required when uniqueType is "${key}"` });
      }
      if (typeof user.email === 'string' && user.email !== '' && !EMAIL.test(user.email)) {
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'must be an email address' });
      }
    }),
);

/** One user Moka refused in a v2 sync (`data.errorList[]`). */
export interface MokaUserV2Refusal {
  /** The user as sent (its `email`, `number` or `phone` identifies it). */
  data?: Record<string, unknown> | null | undefined;
  /** Moka's reason, e.g. `参数错误: roleId` ("parameter error: roleId"). */
  msg?: string | null | undefined;
  /** Moka's code for the refusal. */
  code?: string | number | null | undefined;
}

/** The answer of `POST /v2/users/syncInfo`: `{ code: 200, msg: "success", data: { successCount, errorList } }`. */
export interface MokaUserSyncV2Answer {
  /** 200 (or 0) on success; the documented failure example shows -1 with `data` still telling the outcomes. */
  code?: string | number | null | undefined;
  /** Status text, e.g. `success`. */
  msg?: string | null | undefined;
  /** The outcome of the call. */
  data?:
    | {
        /** How many users were applied. */
        successCount?: number | null | undefined;
        /** The users Moka refused, each with its reason (the others were applied). */
        errorList?: MokaUserV2Refusal[] | null | undefined;
      }
    | null
    | undefined;
}

const MokaUserV2RefusalSchema = schemaFor<MokaUserV2Refusal>()(
  z.looseObject({
    data: z.record(z.string(), z.unknown()).nullish(),
    msg: z.string().nullish(),
    code: z.union([z.string(), z.number()]).nullish(),
  }),
);

export const MokaUserSyncV2AnswerSchema = schemaFor<MokaUserSyncV2Answer>()(
  z.looseObject({
    code: z.union([z.string(), z.number()]).nullish(),
    msg: z.string().nullish(),
    data: z
      .looseObject({
        successCount: z.number().nullish(),
        errorList: z.array(MokaUserV2RefusalSchema).nullish(),
      })
      .nullish(),
  }),
);
