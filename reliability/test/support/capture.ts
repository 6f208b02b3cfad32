import { inspect } from 'node:util';
import type { ClientOptions } from '@hr/core';
import type { BaseClient } from '@hr/core/internal';
import { captureLogger } from '@hr/core/testing';
import { TIMEOUT_MS } from './inject.js';
import type { Rig } from './rigs.js';

/** Every way an error can be shown: message, JSON, util.inspect (causes included) and stacks. */
function renderings(error: unknown): string[] {
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

/** Runs one operation with a capturing logger and hooks; returns everything it exposed. */
export async function exposure<C extends BaseClient>(
  rig: Rig<C, unknown>,
  run: (client: C) => PromiseLike<unknown>,
  options: Partial<ClientOptions> = {},
): Promise<string[]> {
  const { lines, logger } = captureLogger();
  const events: unknown[] = [];
  const client = rig.client({
    logger,
    logLevel: 'debug',
    timeout: TIMEOUT_MS,
    hooks: {
      beforeRequest: (e) => void events.push(e),
      afterResponse: (e) => void events.push(e),
      onError: (error, e) => void events.push(e, String(error)),
    },
    ...options,
  });
  let outcome: unknown;
  try {
    outcome = await run(client);
  } catch (error) {
    outcome = error;
  }
  return [...lines, JSON.stringify(events), ...(outcome instanceof Error ? renderings(outcome) : [])];
}
