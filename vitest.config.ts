import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.js';

// `pnpm test`: the projects of vitest.workspace.ts, each run as its own vitest project. Run one with
// `--project <name>` (the doc snippets are the `docs` project).
export default defineConfig({
  test: {
    projects,
  },
});
