/**
 * Hire to onboard: ATS hires (Comeet hire webhooks, Moka pushes, the Moka incremental pull) become
 * Feishu CoreHR pre-hires exactly once, and Feishu's withdrawn / completed onboardings go back to
 * the ATS. Walkthrough: docs/recipes.md.
 *
 *   pnpm tsx --conditions=source examples/hire-to-onboard/index.ts          # the sandboxes (or a read-only run on your vendors)
 *   pnpm tsx --conditions=source examples/hire-to-onboard/index.ts pull     # one pull on your vendors, then exit
 *   pnpm tsx --conditions=source examples/hire-to-onboard/index.ts serve    # the service on your vendors
 *   pnpm tsx --conditions=source examples/hire-to-onboard/index.ts review   # the hires parked for review
 *   pnpm tsx --conditions=source examples/hire-to-onboard/index.ts resolve <hire key> adopt <pre_hire_id> | create | dismiss
 *   pnpm tsx --conditions=source examples/hire-to-onboard/index.ts probe    # what your tenant does with a repeated out_biz_id
 *
 * Against real vendors (FEISHU_APP_ID + FEISHU_APP_SECRET set) it only reads and says what it
 * would write, unless HR_LIVE=1 or --live is given.
 */
import { isEntryPoint } from '../shared/entry.js';
import { readSettings } from './config/settings.js';
import { consoleLog, errorMessage } from './log.js';
import { probeFeishu } from './probe.js';
import { pullOnce, resolve, review, serve } from './real-run.js';
import { runSandboxDemo } from './sandbox-demo.js';

/** `pnpm examples`: the sandbox walkthrough, or one read-only (unless HR_LIVE=1) pull against your vendors. */
export async function runExamples(): Promise<void> {
  const settings = readSettings();
  if (settings.target === 'sandboxes') return runSandboxDemo(consoleLog);
  const unset = [
    ...(process.env.MOKA_API_KEY ? [] : ['MOKA_API_KEY']),
    ...(settings.mappingPath ? [] : ['HIRE_TO_ONBOARD_MAPPING']),
  ];
  if (unset.length > 0) {
    consoleLog.info(`hire-to-onboard: Feishu credentials are set; set ${unset.join(' and ')} too to pull (skipped)`);
    return;
  }
  return pullOnce(settings, consoleLog);
}

if (isEntryPoint(import.meta.url)) {
  const [command = 'demo', ...args] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const run = {
    demo: runExamples,
    pull: () => pullOnce(readSettings(), consoleLog),
    serve: () => serve(readSettings(), consoleLog),
    review: () => review(readSettings(), consoleLog),
    resolve: () => resolve(readSettings(), consoleLog, args),
    probe: async () => void (await probeFeishu(readSettings(), consoleLog)),
  }[command];
  if (!run) {
    console.error(`unknown command "${command}": use demo (default), pull, serve, review, resolve or probe`);
    process.exit(2);
  }
  try {
    await run();
  } catch (error) {
    console.error(`hire-to-onboard: ${errorMessage(error)}`);
    process.exit(1);
  }
}
