/**
 * Which source files one SDK call runs through, and how often control passes from one file to another:
 * the figure a maintainer meets when following a call through the code.
 *
 *   pnpm trace:call                # both calls below
 *   pnpm trace:call moka --files   # one call, listing the files and the hops
 *
 * Calls traced, each on a fresh client against its vendor's sandbox (the first call of a client: the
 * token fetch, the first compile of the response parser and the lazy schemas are on its path):
 * - `moka`: the first page of `moka.candidates.list({ stage: 'offer' })`;
 * - `feishu`: one `feishuCoreHR.preHires.create(...)` (the v2 endpoint, with its tenant token fetch).
 *
 * How: the packages run from their TypeScript sources (the `source` export condition). Module hooks
 * (`trace-call/instrument-hooks.mjs`) rewrite every function of `packages/<pkg>/src` (sandboxes
 * excluded) so its first statement walks the stack: the function's file is *crossed*, and the file of
 * the nearest caller frame in package code (Node's own frames skipped; a frame in a dependency, such
 * as undici calling back into the transport, ends the walk with no caller) gives a *hop* from that
 * file to this one, when the two differ. Hops are counted once per ordered pair of files (A → B), so
 * the figure is the number of file-to-file edges of the call, not how many times they are taken.
 * Async continuations count through V8's async stack frames (the awaiting function is the caller).
 * Only what runs during the call is recorded (importing and constructing the client are not), and
 * the sandbox runs in a child process so its handlers are not counted.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const root = fileURLToPath(new URL('..', import.meta.url));
const CALLS = ['moka', 'feishu'] as const;
type CallName = (typeof CALLS)[number];

interface Trace {
  files: Map<string, number>;
  hops: Map<string, number>;
}

/** The sandbox side: started in a child process, it reports its URL and credentials, then serves. */
async function serve(name: CallName): Promise<void> {
  if (name === 'moka') {
    const { startMokaSandbox } = await import('../packages/moka/src/testing.js');
    const sandbox = await startMokaSandbox();
    sandbox.state.seedCandidates(45, 'offer');
    process.send!({ baseUrl: sandbox.baseUrl, apiKey: sandbox.apiKey });
  } else {
    const { startFeishuSandbox } = await import('../packages/feishu-corehr/src/testing.js');
    const sandbox = await startFeishuSandbox();
    process.send!({ baseUrl: sandbox.baseUrl, appId: sandbox.appId, appSecret: sandbox.appSecret });
  }
}

function relative(file: string | null | undefined): string | undefined {
  if (!file) return undefined;
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

const isPackageSource = (file: string) => /^packages\/[^/]+\/src\//.test(file) && !/\/testing[/.]/.test(file);

/** Records the running function's file and the hop from its caller's file (see the header). */
function recorder(trace: Trace): () => void {
  return () => {
    const previous = Error.prepareStackTrace;
    const limit = Error.stackTraceLimit;
    Error.prepareStackTrace = (_error, frames) => frames;
    Error.stackTraceLimit = 30;
    const frames = new Error().stack as unknown as NodeJS.CallSite[];
    Error.prepareStackTrace = previous;
    Error.stackTraceLimit = limit;
    const self = relative(frames[1]?.getFileName());
    if (!self || !isPackageSource(self)) return;
    trace.files.set(self, (trace.files.get(self) ?? 0) + 1);
    for (const frame of frames.slice(2)) {
      const file = relative(frame.getFileName());
      if (!file || file.startsWith('node:')) continue;
      if (isPackageSource(file) && file !== self) {
        const hop = `${file} → ${self}`;
        trace.hops.set(hop, (trace.hops.get(hop) ?? 0) + 1);
      }
      break;
    }
  };
}

async function sandboxFor(name: CallName): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', name], {
    execArgv: ['--import', 'tsx', '--conditions=source'],
    stdio: 'inherit',
  });
  const [info] = (await once(child, 'message')) as [Record<string, string>];
  return { child, info };
}

/** A client of the call's vendor on the sandbox, and the call itself (which checks its own result). */
async function prepareCall(name: CallName, info: Record<string, string>): Promise<() => Promise<void>> {
  if (name === 'moka') {
    const { MokaClient } = await import('../packages/moka/src/index.js');
    const moka = new MokaClient({ apiKey: info['apiKey']!, baseUrl: info['baseUrl'] });
    return async () => {
      const page = await moka.candidates.list({ stage: 'offer' });
      if (page.items.length === 0) throw new Error('the sandbox listed no candidate');
    };
  }
  const { FeishuCoreHRClient } = await import('../packages/feishu-corehr/src/index.js');
  const feishu = new FeishuCoreHRClient({
    appId: info['appId']!,
    appSecret: info['appSecret']!,
    baseUrl: info['baseUrl'],
  });
  let hire = 0;
  return async () => {
    hire++; // the sandbox refuses a phone number or e-mail address it has seen
    const created = await feishu.preHires.create({
      basic_info: {
        name: { full_name: 'Ada Lovelace', first_name: 'Ada', name_primary: 'Lovelace' },
        phone_number: `1380000123${hire}`,
        international_area_code: '86_china',
        email: `ada${hire}@example.com`,
        date_of_birth: '1990-12-10',
      },
      offer_info: { onboarding_date: '2026-03-02', department_id: '7147562782945478177' },
    });
    if (!created.pre_hire_id) throw new Error('the sandbox created no pre-hire');
  };
}

/** Traces the first call of a fresh client (`cold`) and the same call made again (`warm`). */
async function traceCall(name: CallName): Promise<{ cold: Trace; warm: Trace }> {
  const { child, info } = await sandboxFor(name);
  const hook = globalThis as { __hrTraceEnter?: (() => void) | undefined };
  const traced = async (call: () => Promise<void>): Promise<Trace> => {
    const trace: Trace = { files: new Map(), hops: new Map() };
    hook.__hrTraceEnter = recorder(trace);
    try {
      await call();
    } finally {
      hook.__hrTraceEnter = undefined;
    }
    return trace;
  };
  try {
    const call = await prepareCall(name, info);
    const cold = await traced(call);
    const warm = await traced(call);
    return { cold, warm };
  } finally {
    child.kill();
  }
}

/** The folders of @hr/core that make up the request path (see docs/architecture.md). */
const REQUEST_PATH = /^packages\/core\/src\/(client|call|pagination|transport)\//;

function report(name: string, trace: Trace, listFiles: boolean): void {
  const files = [...trace.files.keys()].sort();
  const core = files.filter((file) => file.startsWith('packages/core/'));
  const path = core.filter((file) => REQUEST_PATH.test(file));
  const hops = [...trace.hops.keys()].sort();
  const coreHops = hops.filter((hop) => hop.split(' → ').every((file) => file.startsWith('packages/core/')));
  console.log(
    `${name}: ${files.length} files (${core.length} in core, ${files.length - core.length} in the vendor package), ` +
      `${hops.length} file-to-file hops (${coreHops.length} within core); of core's files, ${path.length} on the ` +
      `request path (client/, call/, pagination/, transport/) and ${core.length - path.length} building blocks`,
  );
  if (!listFiles) return;
  console.log('  files (function entries):');
  for (const file of files) console.log(`    ${file} (${trace.files.get(file)})`);
  console.log('  hops (times taken):');
  for (const hop of hops) console.log(`    ${hop} (${trace.hops.get(hop)})`);
}

const args = process.argv.slice(2);
if (args[0] === '--serve') {
  await serve(args[1] as CallName);
} else {
  register('./trace-call/instrument-hooks.mjs', import.meta.url);
  const listFiles = args.includes('--files');
  const names = args.filter((arg): arg is CallName => (CALLS as readonly string[]).includes(arg));
  for (const name of names.length > 0 ? names : CALLS) {
    const { cold, warm } = await traceCall(name);
    report(`${name} (first call of the client)`, cold, listFiles);
    report(`${name} (the same call again)`, warm, listFiles);
  }
}
