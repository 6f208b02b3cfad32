import type { Reporter, TestModule } from 'vitest/node';

/**
 * What a project's global setup provides (`project.provide('notRunBecause', ...)`) when its tests
 * cannot run on this machine: why, and how to fix it (packages/redis/test/support/global-setup.ts
 * does when no redis-server starts).
 */
const NOT_RUN_KEY = 'notRunBecause';

/**
 * Ends a test run with one plain line, `N passed, N failed, N skipped`, that any CI can read, and,
 * when a project's tests could not run here (no redis-server), a banner saying which and why, so a
 * green run that silently skipped a package cannot pass for a full one.
 */
export default class SummaryReporter implements Reporter {
  #lines: string[] = [];

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const skippedByProject = new Map<string, number>();
    const notRun = new Map<string, string>();
    for (const module of modules) {
      const project = module.project;
      const reason = (project.getProvidedContext() as Record<string, unknown>)[NOT_RUN_KEY];
      if (typeof reason === 'string' && reason) notRun.set(project.name, reason);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          skippedByProject.set(project.name, (skippedByProject.get(project.name) ?? 0) + 1);
        }
      }
    }
    const lines = [`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`];
    for (const [project, reason] of notRun) {
      lines.push(
        `!!! NOT RUN: the ${project} tests (${skippedByProject.get(project) ?? 0} skipped) did not run: ${reason}`,
      );
    }
    this.#lines = lines;
  }

  /** Vitest calls this after `onTestRunEnd`, and after the default reporter's own summary: the lines end the output. */
  onFinished(): void {
    process.stdout.write(`\n${this.#lines.join('\n')}\n`);
  }
}
