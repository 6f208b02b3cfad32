/**
 * The public surface of every package, as a report checked in beside it: for each entry point of a
 * publishable package (its `exports`), API Extractor reads the built declarations (`dist/<entry>.d.ts`,
 * what users' editors and compilers see) and writes `packages/<pkg>/api/<entry>.api.md`. A change to
 * what a package exports is then a visible diff in review.
 *
 *   pnpm build && pnpm check:api     fails when a surface differs from its checked-in report
 *   pnpm api:update                  builds, then rewrites the reports (commit them with the change)
 *
 * `/internal` entries are reported too, though they carry no stability promise: a change to what
 * vendor packages build on should be as visible as any other. The reports list declarations and
 * their signatures only (TSDoc is not checked: check:docs covers the documentation).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompilerState,
  Extractor,
  ExtractorConfig,
  ExtractorLogLevel,
  type ExtractorMessage,
  type IConfigFile,
} from '@microsoft/api-extractor';

const root = new URL('..', import.meta.url).pathname;
const update = process.argv.includes('--update');

/** One entry of a package's `exports`: built declarations per condition, and our `source` condition. */
interface ExportTarget {
  source?: string;
  import?: { types: string; default: string };
  require?: { types: string; default: string };
}

interface Manifest {
  name: string;
  private?: boolean;
  exports: Record<string, string | ExportTarget>;
}

/** Each publishable package's directory, manifest and built entry points (`.` is `index`). */
function packages(): { dir: string; manifest: Manifest; entries: { name: string; dts: string }[] }[] {
  return readdirSync(join(root, 'packages'))
    .map((name) => {
      const dir = join(root, 'packages', name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      const entries = Object.entries(manifest.exports)
        .filter((pair): pair is [string, Required<ExportTarget>] => typeof pair[1] === 'object' && 'source' in pair[1])
        .map(([subpath, target]) => {
          const dts = target.import.types;
          return { name: subpath === '.' ? 'index' : subpath.slice(2), dts: join(dir, dts) };
        });
      return { dir, manifest, entries };
    })
    .filter(({ manifest }) => !manifest.private);
}

/** Messages that say nothing about the surface: release tags and TSDoc syntax are not used here. */
const QUIET = { logLevel: ExtractorLogLevel.None };

function config(dir: string, entry: { name: string; dts: string }, temp: string): IConfigFile {
  return {
    projectFolder: dir,
    mainEntryPointFilePath: entry.dts,
    compiler: {
      overrideTsconfig: {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: true,
          types: ['node'],
        },
      },
    },
    apiReport: {
      enabled: true,
      reportFileName: entry.name,
      reportFolder: join(dir, 'api'),
      reportTempFolder: temp,
    },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      extractorMessageReporting: {
        default: { logLevel: ExtractorLogLevel.Warning },
        'ae-missing-release-tag': QUIET,
        // Not in the report: its warning lines carry the declaration's place in a hashed build chunk, so
        // any change to the code beside it would change the report. The signatures still name the type.
        'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        'ae-internal-missing-underscore': QUIET,
        'ae-unresolved-link': QUIET,
        // check:docs enforces documentation, the way users meet it.
        'ae-undocumented': QUIET,
      },
      tsdocMessageReporting: { default: QUIET },
    },
  };
}

const temp = mkdtempSync(join(tmpdir(), 'hr-api-report-'));
const changed: string[] = [];
let failed = false;
try {
  for (const { dir, manifest, entries } of packages()) {
    mkdirSync(join(dir, 'api'), { recursive: true });
    let compilerState: CompilerState | undefined;
    for (const entry of entries) {
      const extractorConfig = ExtractorConfig.prepare({
        configObject: config(dir, entry, temp),
        configObjectFullPath: join(dir, 'api-extractor.json'),
        packageJsonFullPath: join(dir, 'package.json'),
        packageJson: manifest,
      });
      // One TypeScript program per package, for all of its entries.
      compilerState ??= CompilerState.create(extractorConfig, {
        additionalEntryPoints: entries.map((other) => other.dts),
      });
      const messages: string[] = [];
      const result = Extractor.invoke(extractorConfig, {
        localBuild: update,
        compilerState,
        messageCallback: (message: ExtractorMessage) => {
          message.handled = true;
          if (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning) {
            messages.push(message.formatMessageWithLocation(dir));
          }
        },
      });
      const report = `packages/${dir.split('/').pop()}/api/${entry.name}.api.md`;
      if (result.apiReportChanged) changed.push(report);
      const unexpected = messages.filter((message) => !message.includes('ae-api-report-changed') || update);
      if (!result.succeeded && !result.apiReportChanged) failed = true;
      for (const message of unexpected) console.error(`${manifest.name} (${entry.name}): ${message}`);
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (failed) {
  console.error('API Extractor could not read every entry point (see above).');
  process.exitCode = 1;
} else if (changed.length > 0 && !update) {
  console.error(`The public surface differs from its checked-in report in:\n  ${changed.join('\n  ')}`);
  console.error('Review the change, then run `pnpm api:update` and commit the reports.');
  process.exitCode = 1;
} else {
  console.log(update ? `API reports written (${changed.length} changed).` : 'Every API report is up to date.');
}
