import { z } from 'zod';

/**
 * The `limit` of a Comeet list: items per page. Production clients send it (`limit=500` on
 * positions, `limit=1000` on a position's candidates); Comeet's reference pages document neither the
 * parameter nor a maximum, so only a positive whole number is required.
 */
export const pageLimit = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .positive('must be at least 1')
  .optional();
