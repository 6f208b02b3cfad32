import { inspect } from 'node:util';

export { captureLogger } from '@hr/core/testing';

/** Every way an error can be shown: message, JSON, util.inspect (causes included) and stacks. */
export function renderings(error: unknown): string[] {
  const out = [inspect(error, { depth: 12, showHidden: false }), JSON.stringify(error) ?? ''];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    out.push(e.message, e.stack ?? '', JSON.stringify(e) ?? '');
  }
  return out;
}

/** The secrets found in any of `texts` (empty when nothing leaked), with where each was found. */
export function leaks(secrets: readonly string[], texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const secret of new Set(secrets)) {
    if (secret.length < 6) continue;
    const where = texts.findIndex((text) => text.includes(secret));
    if (where >= 0) found.push(`${secret} in: ${texts[where]!.slice(0, 300)}`);
  }
  return found;
}

/** The rejection of a promise; fails when it resolves. */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
