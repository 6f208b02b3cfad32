/**
 * Whether a push's timestamp (epoch seconds, as a number or numeric string) lies within
 * `toleranceSeconds` of `nowMs`, either way. Refusing stale pushes stops a captured request from
 * being replayed later; the tolerance absorbs clock skew.
 */
export function isFreshTimestamp(
  timestamp: string | number | undefined | null,
  toleranceSeconds: number,
  nowMs: number = Date.now(),
): boolean {
  const seconds =
    typeof timestamp === 'number'
      ? timestamp
      : typeof timestamp === 'string' && /^\s*\d+\s*$/.test(timestamp)
        ? Number(timestamp)
        : NaN;
  if (!Number.isFinite(seconds)) return false;
  return Math.abs(nowMs / 1000 - seconds) <= toleranceSeconds;
}
