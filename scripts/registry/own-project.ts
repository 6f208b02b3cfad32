/**
 * Follows the README's "Use it in your own project" section word for word in an empty folder:
 * its first `sh` block (create the project, install), its first `ts` block (saved under the name
 * its first line gives, `// demo.ts`), its second `sh` block (run it), and compares what that prints
 * with the section's `text` block. Only the environment differs from a new user's: it says where
 * the `@hr/*` packages are published.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, step } from '../lib/run.js';

const root = new URL('../..', import.meta.url).pathname;
const HEADING = '## Use it in your own project';

/** A fenced block of the section: its language and text. */
interface Block {
  lang: string;
  code: string;
}

/** The fenced blocks of the README's own-project section, in order. */
function sectionBlocks(): Block[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" section`);
  const end = readme.indexOf('\n## ', start + HEADING.length + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1]!, code: match[2]! }));
}

/** The n-th (0-based) block in `lang`, or a precise complaint. */
function nth(blocks: Block[], lang: string, n: number, what: string): string {
  const code = blocks.filter((block) => block.lang === lang)[n]?.code;
  if (code === undefined) throw new Error(`README.md "${HEADING}": ${what} (\`\`\`${lang} block ${n + 1}) is missing`);
  return code;
}

/** Runs the section in `dir` (created), with `env` added to the environment of its commands. */
export async function runOwnProjectPath(dir: string, env: Record<string, string>): Promise<void> {
  await step(`README "${HEADING.slice(3)}", word for word`, async () => {
    const blocks = sectionBlocks();
    const setup = nth(blocks, 'sh', 0, 'the commands that create the project');
    const program = nth(blocks, 'ts', 0, 'the program');
    const command = nth(blocks, 'sh', 1, 'the command that runs the program');
    const expected = nth(blocks, 'text', 0, 'what the program prints').trim().split('\n');
    const fileName = /^\/\/ ([\w.-]+\.[mc]?ts)\n/.exec(program)?.[1];
    if (!fileName) throw new Error(`README.md "${HEADING}": the program's first line must name its file (// demo.ts)`);

    mkdirSync(dir, { recursive: true });
    // The setup may change directory (mkdir hr-demo && cd hr-demo): its last line reports where it ended.
    const setupOutput = await run('bash', ['-euo', 'pipefail', '-c', `${setup}\necho "cwd=$PWD"`], { cwd: dir, env });
    const project = /cwd=(.*)\s*$/.exec(setupOutput)![1]!;
    writeFileSync(join(project, fileName), program);
    const printed = (await run('bash', ['-euo', 'pipefail', '-c', command], { cwd: project, env })).trim().split('\n');
    const missing = expected.filter((line) => !printed.includes(line));
    if (missing.length > 0)
      throw new Error(
        `README.md "${HEADING}": the program printed\n${printed.join('\n')}\nwithout the README's line(s)\n${missing.join('\n')}`,
      );
  });
}
