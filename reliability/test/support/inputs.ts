import type { MokaUserInput } from '@hr/moka';

/** A valid Moka user; `n` makes email, phone and number unique. */
export function mokaUser(n: number): MokaUserInput {
  return {
    email: `user${n}@example.com`,
    name: `User ${n}`,
    phone: `1870${String(n).padStart(7, '0')}`,
    number: `E${n}`,
    role: 10,
    departmentCode: [],
    superiorEmail: '',
    deactivated: 0,
    thirdPartyId: '',
  };
}
