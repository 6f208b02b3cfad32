import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { addMokaCandidate } from '../sandbox-demo.js';
import { type Harness, startHarness } from './harness.js';

const WRONG_KEY = 'wrong-moka-key-5f1e2d';
let h: Harness | undefined;
afterEach(() => h?.close());

test.each([
  ['ats_unrecognized_credentials', 'HTTP 500: 无法识别的认证信息'],
  ['ats_unknown_api_key', 'HTTP 500: 系统中不存在该apiKey'],
  ['open_api_unauthorized', 'HTTP 401: 无法识别的认证信息'],
] as const)(
  'a refused Moka key (%s) stops the pull with a clear message, and nothing is written',
  async (shape, said) => {
    h = await startHarness({ mokaApiKey: WRONG_KEY });
    const { sandboxes } = h;
    sandboxes.moka.state.authFailure = shape;
    for (let i = 0; i < 3; i++) addMokaCandidate(sandboxes.moka, 'offer', 'accepted');

    const error = await h.service.pullMoka().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(
      `Moka refused the API key (${said}): check MOKA_API_KEY and that the candidate interface is enabled for the account. Nothing was written to Feishu or to the checkpoint.`,
    );
    expect(JSON.stringify({ message: error?.message, cause: String(error?.cause) })).not.toContain(WRONG_KEY);
    expect(h.log.text()).not.toContain(WRONG_KEY);

    expect(sandboxes.moka.state.authRefusals).toBe(1); // refused once, never retried with the same key
    expect(h.createRequests()).toEqual([]);
    expect(sandboxes.feishu.state.createsApplied).toBe(0);
    await expect(access(join(h.dataDir, 'checkpoint.json'))).rejects.toThrow(); // not even a cursor
  },
);
