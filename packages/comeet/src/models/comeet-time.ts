import { z } from 'zod';

const COMEET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A time as Comeet writes it: UTC, `YYYY-MM-DDTHH:mm:ssZ` (e.g. `2018-01-01T12:50:50Z`). */
export const comeetTime = z
  .string()
  .regex(COMEET_TIME, 'must be a UTC time YYYY-MM-DDTHH:mm:ssZ, e.g. 2018-01-01T12:50:50Z');

/** `date` written as Comeet writes times: UTC, to the second, `YYYY-MM-DDTHH:mm:ssZ`. */
export function formatComeetTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
