import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Where code generation from strings is refused (`--disallow-code-generation-from-strings`, or a
 * policy like it), the fast parser tests objects with closures instead of generated code. That path
 * gets zod's verdicts too: the check runs in a child process started with the flag.
 */
describe('the fast parser without code generation', () => {
  it('gives zod’s verdicts and outputs on every vendor schema and the documented examples', async () => {
    const script = fileURLToPath(new URL('./support/no-codegen-check.ts', import.meta.url));
    const { stdout } = await run(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', '--conditions=source', script],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), maxBuffer: 16 * 1024 * 1024 },
    );
    const checked = Number(/checked (\d+) values/.exec(stdout)?.[1]);
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});
