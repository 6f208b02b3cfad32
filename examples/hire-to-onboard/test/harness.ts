import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ClientOptions } from '@hr/core';
import type { FeishuSandboxOptions } from '@hr/feishu-corehr/testing';
import { MokaClient } from '@hr/moka';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileCheckpointStore } from '../checkpoint/file-store.js';
import type { CheckpointStore } from '../checkpoint/types.js';
import { loadMappingConfig, type MappingConfig } from '../config/mapping-config.js';
import { SANDBOX_MAPPING_PATH } from '../config/settings.js';
import type { Log } from '../log.js';
import { SANDBOX_SECRETS, type Sandboxes, sandboxClients, startSandboxes } from '../sandbox-demo.js';
import type { RunningServer } from '../http/server.js';
import { HireToOnboardService, type HireToOnboardOptions } from '../service.js';

/** A log that keeps its lines (and prints nothing). */
export function captureLog(): Log & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(line),
    warn: (line) => lines.push(line),
    error: (line) => lines.push(line),
    text: () => lines.join('\n'),
  };
}

/** A temporary directory for one test's checkpoint, removed by `cleanup()`. */
export async function tempDir(): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'hire-to-onboard-test-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** The three sandboxes, a checkpoint file in a temp dir and the service on them (in this process). */
export interface Harness {
  sandboxes: Sandboxes;
  clients: ReturnType<typeof sandboxClients>;
  store: CheckpointStore;
  config: MappingConfig;
  dataDir: string;
  log: ReturnType<typeof captureLog>;
  service: HireToOnboardService;
  /** Create requests the Feishu sandbox received, with their out_biz_id. */
  createRequests(): { outBizId: string }[];
  close(): Promise<void>;
}

/**
 * Short timings for tests (the service's defaults wait Feishu's documented 5 s search delay and a
 * 20 s create window). The sandbox's search lag stays below `searchLagMs` unless a test says otherwise.
 */
export const TEST_TIMINGS = { createWindowMs: 1_000, landingGraceMs: 0, searchLagMs: 250, leaseTtlMs: 3_000 };

/** Starts a harness; `overrides` replace service options (clients, writes...). */
export async function startHarness(
  overrides: Partial<HireToOnboardOptions> & {
    feishuOptions?: Pick<ClientOptions, 'maxRetries' | 'hooks'>;
    /** The key the service's Moka client sends (default: the one the sandbox accepts). */
    mokaApiKey?: string;
    /** Options of the Feishu sandbox (its clock, for instance). */
    feishuSandbox?: FeishuSandboxOptions;
  } = {},
): Promise<Harness> {
  const { feishuOptions, mokaApiKey, feishuSandbox, ...serviceOverrides } = overrides;
  const sandboxes = await startSandboxes(feishuSandbox);
  const dir = await tempDir();
  const store = await FileCheckpointStore.open(join(dir.path, 'checkpoint.json'));
  const config = await loadMappingConfig(SANDBOX_MAPPING_PATH);
  const clients = sandboxClients(sandboxes, feishuOptions);
  if (mokaApiKey) clients.moka = new MokaClient({ apiKey: mokaApiKey, baseUrl: sandboxes.moka.baseUrl });
  const log = captureLog();
  const service = new HireToOnboardService({
    ...clients,
    store,
    config,
    secrets: SANDBOX_SECRETS,
    writes: true,
    log,
    timings: TEST_TIMINGS,
    ...serviceOverrides,
  });
  return {
    sandboxes,
    clients,
    store,
    config,
    dataDir: dir.path,
    log,
    service,
    createRequests: () =>
      sandboxes.feishu.server.requests
        .filter((request) => request.method === 'POST' && request.path === '/open-apis/corehr/v2/pre_hires')
        .map((request) => ({ outBizId: String((JSON.parse(request.body) as { out_biz_id?: string }).out_biz_id) })),
    close: async () => {
      await service.stop();
      await store.close();
      await sandboxes.close();
      await dir.cleanup();
    },
  };
}

/** A harness whose service listens, with each sandbox pushing to its route (Comeet, Moka, Feishu). */
export async function startServingHarness(
  overrides: Parameters<typeof startHarness>[0] = {},
): Promise<{ h: Harness; server: RunningServer }> {
  const h = await startHarness(overrides);
  const server = await h.service.listen();
  pushTo(h, server);
  return { h, server };
}

/** Points the three sandboxes' pushes at `server`. */
export function pushTo(h: Harness, server: RunningServer): void {
  h.sandboxes.comeet.webhooks.register(`${server.url}/webhooks/comeet`, SANDBOX_SECRETS.comeetWebhookSecret);
  h.sandboxes.moka.webhooks.register(`${server.url}/webhooks/moka`, SANDBOX_SECRETS.mokaSigningKey);
  h.sandboxes.feishu.state.events.subscription = {
    url: `${server.url}/events/feishu`,
    ...SANDBOX_SECRETS.feishuEvents,
  };
}

const INDEX = fileURLToPath(new URL('../index.ts', import.meta.url));

/** How a command run ended. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A command running in its own process, with what it printed so far. */
export interface CliProcess {
  child: ChildProcess;
  /** Everything printed so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves when the process has exited. */
  exited: Promise<CliRun>;
}

/** Starts `index.ts <command> [args]` in its own process, exactly as a user (or cron) would, with `env` only. */
export function spawnCli(
  command: string | readonly string[],
  env: Record<string, string>,
  onStdout: (text: string, child: ChildProcess) => void = () => {},
): CliProcess {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', INDEX, ...[command].flat()], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout(stdout, child);
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Runs `index.ts <command> [args]` in its own process to its end (see `spawnCli`). */
export function runCli(
  command: string | readonly string[],
  env: Record<string, string>,
  onStdout: (text: string, child: ChildProcess) => void = () => {},
): Promise<CliRun> {
  return spawnCli(command, env, onStdout).exited;
}

/** The environment of a run "against real vendors" whose URLs are the sandboxes' (no write flag). */
export function realEnv(sandboxes: Sandboxes, dataDir: string): Record<string, string> {
  return {
    FEISHU_APP_ID: sandboxes.feishu.appId,
    FEISHU_APP_SECRET: sandboxes.feishu.appSecret,
    FEISHU_BASE_URL: sandboxes.feishu.baseUrl,
    MOKA_API_KEY: sandboxes.moka.apiKey,
    MOKA_BASE_URL: sandboxes.moka.baseUrl,
    HIRE_TO_ONBOARD_MAPPING: SANDBOX_MAPPING_PATH,
    HIRE_TO_ONBOARD_DATA_DIR: dataDir,
  };
}

/**
 * `store` whose `takeIn` fails (`fail`, by default a rejection) for its first `times` calls: a
 * checkpoint that cannot record a push (or, with a promise that never settles, a process killed
 * while recording it). Everything else goes to `store`.
 */
export function failingTakeIn(
  store: CheckpointStore,
  times: number,
  fail: () => Promise<never> = async () => {
    throw new Error('the checkpoint is unreachable');
  },
): CheckpointStore {
  let failures = 0;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'takeIn' && failures < times) {
        return () => {
          failures++;
          return fail();
        };
      }
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Resolves once `condition` holds (polled every 20 ms, for at most 5 s). */
export async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (const started = Date.now(); !(await condition());) {
    if (Date.now() - started > 5_000) throw new Error('the condition did not hold within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
