/**
 * A vitest setup file: a doc snippet may reach loopback addresses only. Every host name lookup
 * other than `localhost` and 127.x.x.x fails at once, naming the host, so a snippet that would call a vendor's
 * real API (a client the harness could not redirect, a hard-coded URL) fails clearly instead of
 * sending anything, whatever network the machine has.
 */
import dns from 'node:dns';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', '::1']);
const isLoopback = (hostname: string) => LOOPBACK_NAMES.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
const lookup = dns.lookup;

function refusal(hostname: string): Error {
  return Object.assign(
    new Error(
      `a doc snippet tried to reach ${hostname}: snippets run against the sandboxes on 127.0.0.1 only (construct clients with an options object, so the harness can point them there)`,
    ),
    { code: 'ENOTFOUND', hostname },
  );
}

dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
  if (isLoopback(hostname)) return (lookup as (...args: unknown[]) => unknown)(hostname, ...rest);
  const callback = rest.at(-1) as (error: Error) => void;
  process.nextTick(() => callback(refusal(hostname)));
} as typeof dns.lookup;

const lookupPromise = dns.promises.lookup;
dns.promises.lookup = ((hostname: string, ...rest: unknown[]) =>
  isLoopback(hostname)
    ? (lookupPromise as (...args: unknown[]) => unknown)(hostname, ...rest)
    : Promise.reject(refusal(hostname))) as typeof dns.promises.lookup;
