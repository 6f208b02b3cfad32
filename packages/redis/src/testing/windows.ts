/**
 * The most timestamps within any one window `[t, t + windowMs)`: the busiest second a vendor (or
 * its fake) saw, from the arrival times it recorded (e.g. `SandboxServer.requests[].receivedAt`).
 */
export function peakInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let start = 0, end = 0; start < sorted.length; start++) {
    while (end < sorted.length && sorted[end]! < sorted[start]! + windowMs) end++;
    peak = Math.max(peak, end - start);
  }
  return peak;
}
