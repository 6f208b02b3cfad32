import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { RecordedRequest, SandboxServer } from '@hr/core/testing';
import { startComeetSandbox } from '@hr/comeet/testing';
import { startCoodeshSandbox } from '@hr/coodesh/testing';
import { startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { startMokaSandbox } from '@hr/moka/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SETS } from '../example-sets.js';

/**
 * The examples against "real" accounts: every vendor's credentials are set in the environment, as a
 * user with real accounts would set them, but each base URL points at that vendor's sandbox on
 * loopback, which answers like the vendor and records every request it receives (method and path).
 * The examples run as the user runs them (`tsx examples/run-all.ts`, in a child process), first
 * without the live flag, then with HR_LIVE=1 to show that the same run does reach the recorders with
 * its writes when asked to (so the read-only assertion cannot pass for lack of wiring). Each run gets
 * a temporary directory of its own (TMPDIR) that must be empty afterwards.
 */

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** POSTs that change nothing: fetching Feishu's tenant_access_token (any real run starts with it). */
const NOT_WRITES = new Set(['POST /open-apis/auth/v3/tenant_access_token/internal']);
/** scale-out only lists (and needs a Redis of the user's: REDIS_URL); every other set runs here. */
const SETS = EXAMPLE_SETS.filter((set) => set !== 'scale-out');

const CREDENTIALS = {
  moka: 'mk_5f0c9e2a7b3d41e8a6c2f9b0d4e7a1c3',
  coodesh: 'cdsh_9a7f3e1b5c2d48f6a0e4b8c1d3f5a7e9',
  feishuAppId: 'cli_a5f3c2e1b7d94e08',
  feishuAppSecret: 'Hq7vNc2LpX9sRt4KwZ8mBf3Jd6Yg1Ae5',
  comeetApiKey: 'ck_4b8e2f6a1d9c3e7b5a0f2d8c6e4a1b9f',
  comeetSecret: 'cs_7d1f5b9e3a6c0f4d8b2e6a1c5f9d3b7e',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const runAll = fileURLToPath(new URL('../run-all.ts', import.meta.url));

/** Runs the examples as a user does, with only the given vendor variables (none from this shell). */
function runExamples(env: Record<string, string>): Promise<Run> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(MOKA|COODESH|FEISHU|COMEET|REDIS|HR)_/.test(name)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, '--conditions=source', runAll, ...SETS],
      { env: { ...inherited, ...env }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const describeRequest = (r: RecordedRequest) => `${r.method} ${r.path}`;
const writes = (server: SandboxServer) =>
  server.requests
    .filter((r) => WRITE_METHODS.has(r.method) && !NOT_WRITES.has(describeRequest(r)))
    .map(describeRequest);
const reads = (server: SandboxServer) => server.requests.filter((r) => r.method === 'GET').map(describeRequest);

describe.each([
  { mode: 'read-only (no flag)', live: false },
  { mode: 'live (HR_LIVE=1)', live: true },
])('the examples against real-looking accounts, $mode', ({ live }) => {
  let servers: Record<'moka' | 'coodesh' | 'feishu' | 'comeet', SandboxServer>;
  let closers: (() => Promise<void>)[];
  let preHireId: string;
  let scratch: string;
  let leftInTmp: string[];
  let run: Run;

  beforeAll(async () => {
    const webhookPort = await freePort();
    const [moka, coodesh, feishu, comeet] = await Promise.all([
      startMokaSandbox({ apiKey: CREDENTIALS.moka }),
      startCoodeshSandbox({ apiKeys: [CREDENTIALS.coodesh], autoCompleteAfterMs: 50, autoCompleteScore: 90 }),
      startFeishuSandbox({ appId: CREDENTIALS.feishuAppId, appSecret: CREDENTIALS.feishuAppSecret }),
      startComeetSandbox({ apiKey: CREDENTIALS.comeetApiKey, secret: CREDENTIALS.comeetSecret }),
    ]);
    moka.state.seedCandidates(30, 'offer');
    servers = { moka: moka.server, coodesh: coodesh.server, feishu: feishu.server, comeet: comeet.server };
    closers = [moka.close, coodesh.close, feishu.close, comeet.close];
    preHireId = [...feishu.state.preHires.keys()][0]!;
    scratch = mkdtempSync(join(tmpdir(), 'hr-examples-test-'));
    run = await runExamples({
      ...(live ? { HR_LIVE: '1' } : {}),
      TMPDIR: scratch,
      MOKA_API_KEY: CREDENTIALS.moka,
      MOKA_BASE_URL: moka.baseUrl,
      COODESH_API_KEY: CREDENTIALS.coodesh,
      COODESH_BASE_URL: coodesh.url,
      COODESH_ALLOW_UNCONFIRMED: '1',
      COODESH_USER_ID: '6666c8a39641daa32b5f5443',
      COODESH_COMPANY_ID: '6666c8c7e4421468fc1bcbb0',
      COODESH_JOB_ID: '6666c8c2d944f09a35be0043',
      COODESH_CANDIDATE_EMAIL: 'ada@example.com',
      COODESH_WEBHOOK_PORT: String(webhookPort),
      COODESH_WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/coodesh/assessment-result`,
      COODESH_WEBHOOK_WAIT_MS: '10000',
      FEISHU_APP_ID: CREDENTIALS.feishuAppId,
      FEISHU_APP_SECRET: CREDENTIALS.feishuAppSecret,
      FEISHU_BASE_URL: feishu.baseUrl,
      FEISHU_PRE_HIRE_ID: preHireId,
      COMEET_API_KEY: CREDENTIALS.comeetApiKey,
      COMEET_SECRET: CREDENTIALS.comeetSecret,
      COMEET_BASE_URL: comeet.baseUrl,
      COMEET_POSITION_UID: '11.11',
    });
    // tsx keeps its compile cache there (tsx-<uid>): that is the runner's, not an example's.
    leftInTmp = readdirSync(scratch).filter((entry) => !entry.startsWith('tsx-'));
  });

  afterAll(async () => {
    await Promise.all((closers ?? []).map((close) => close()));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('every example set runs to the end, against the recorders', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`All examples ran (${SETS.join(', ')}).`);
    // Reads went out with the real-account credentials (Comeet's examples have nothing to read).
    for (const vendor of ['moka', 'coodesh', 'feishu'] as const) expect(reads(servers[vendor])).not.toEqual([]);
  });

  it('leaves no file behind in the temporary directory', () => {
    expect(leftInTmp).toEqual([]);
  });

  if (!live) {
    it('no write reaches any vendor: no POST, PUT, PATCH or DELETE besides the token request', () => {
      expect({
        moka: writes(servers.moka),
        coodesh: writes(servers.coodesh),
        feishu: writes(servers.feishu),
        comeet: writes(servers.comeet),
      }).toEqual({ moka: [], coodesh: [], feishu: [], comeet: [] });
    });

    it('each write is printed instead, and each set says it is read-only', () => {
      const described = run.stdout
        .split('\n')
        .filter((line) => line.startsWith('  [read-only] would '))
        .map((line) => line.slice('  [read-only] would '.length).replace(/ \(.*$/, ''));
      expect(described).toEqual(
        expect.arrayContaining([
          'replace the whole org chart with the 5 department(s) above',
          'replace the whole org chart with the 5 department(s) of the v2 file',
          'create or update 4 Moka user(s)',
          'invite ada@example.com to "Backend Node.js - 001"',
          `set the hire_date of pre-hire ${preHireId} to 2026-09-01`,
          'create candidate Bobby Chauck',
        ]),
      );
      for (const vendor of ['Moka', 'Coodesh', 'Feishu CoreHR', 'Comeet'])
        expect(run.stdout).toContain(`${vendor}: real account, read-only`);
    });
  } else {
    it('the same run with HR_LIVE=1 sends the writes (so the recorders would see them)', () => {
      expect(writes(servers.moka)).toEqual(
        expect.arrayContaining([
          'PUT /api-platform/v1/departments',
          'POST /api-platform/v1/users/syncInfo',
          'PUT /api-platform/v2/departments',
        ]),
      );
      expect(writes(servers.coodesh)).toContain('POST /assessments/ats/attempts');
      expect(writes(servers.feishu).filter((w) => w.startsWith('PATCH /open-apis/corehr/v1/pre_hires/'))).toHaveLength(
        2,
      );
      // push-candidate creates one and repeats it (a conflict); positions creates one and updates it.
      expect(writes(servers.comeet).filter((w) => w === 'POST /candidates')).toHaveLength(3);
      expect(writes(servers.comeet).filter((w) => w.startsWith('PATCH /candidates/'))).toHaveLength(1);
    });
  }
});
