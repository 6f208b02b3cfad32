import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.js';

// `pnpm test`: the projects of vitest.workspace.ts, each run as its own vitest project. Run one with
// `--project <name>` (the doc snippets are the `docs` project).
export default defineConfig({
  test: {
    projects,
    // One worker more than CI's two cores: many files spend most of their time waiting on sockets,
    // timers and child processes (the service's multi-process runs), so a third keeps both cores busy.
    maxWorkers: 3,
  },
});
