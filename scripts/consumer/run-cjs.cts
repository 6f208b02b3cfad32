// Runs the CommonJS consumer against the Feishu sandbox (`@hr/feishu-corehr/testing`, which needs msw).
import { startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { countPreHires, feishuClient } from './feishu-pre-hires.cjs';

async function main(): Promise<void> {
  const sandbox = await startFeishuSandbox();
  try {
    const count = await countPreHires(feishuClient(sandbox.appId, sandbox.appSecret, sandbox.baseUrl));
    if (count === 0) throw new Error('the sandbox listed no pre-hire');
    console.log(`  CJS consumer: ${count} pre-hires from the Feishu sandbox`);
  } finally {
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
