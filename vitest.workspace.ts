import { defineWorkspace } from 'vitest/config';

// Every package's tests, each run as its own vitest project (see packages/*/vitest.config.ts).
export default defineWorkspace(['packages/*/vitest.config.ts']);
