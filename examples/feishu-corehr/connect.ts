import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { type RunningFeishuSandbox, startFeishuSandbox } from '@hr/feishu-corehr/testing';

/** A client and the pre-hire to update: the real API when FEISHU_APP_ID / FEISHU_APP_SECRET are set, else the sandbox. */
export interface Connection {
  client: FeishuCoreHRClient;
  /** The pre-hire the update example changes (FEISHU_PRE_HIRE_ID on the real API). */
  preHireId: string | undefined;
  target: string;
  /** The sandbox, when the examples run against it (undefined on the real API). */
  sandbox?: RunningFeishuSandbox | undefined;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const {
    FEISHU_APP_ID: appId,
    FEISHU_APP_SECRET: appSecret,
    FEISHU_DOMAIN: domain,
    FEISHU_PRE_HIRE_ID: preHireId,
  } = process.env;
  if (appId && appSecret) {
    const client = new FeishuCoreHRClient({ appId, appSecret, domain: domain === 'lark' ? 'lark' : 'feishu' });
    return { client, preHireId, target: `${client.baseUrl} (real API)`, close: async () => {} };
  }
  const sandbox = await startFeishuSandbox();
  const client = new FeishuCoreHRClient({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
  });
  return {
    client,
    preHireId: '7140964208476372',
    target: `sandbox ${sandbox.url}`,
    sandbox,
    close: () => sandbox.close(),
  };
}
